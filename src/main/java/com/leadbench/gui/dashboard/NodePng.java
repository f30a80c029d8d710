package com.leadbench.gui.dashboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * A node as a PNG file: a snapshot on the FX thread, copied into plain ARGB pixels, then encoded
 * by {@link ImageIO} on any thread (no javafx-swing bridge). The background is white, so a chart
 * reads the same in a slide as on screen; on a high-density screen the image has the screen's
 * resolution.
 */
final class NodePng {

    private NodePng() {
    }

    /** An image's pixels, row by row, as 0xAARRGGBB. */
    record Pixels(int width, int height, int[] argb) {

        Pixels {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException(width + "x" + height + " with " + argb.length + " pixels");
            }
        }
    }

    /** Renders {@code node} as it is laid out now; call on the FX thread. */
    static Pixels snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        double scale = node.getScene() == null || node.getScene().getWindow() == null ? 1 : node.getScene().getWindow().getOutputScaleX();
        if (scale != 1) {
            parameters.setTransform(Transform.scale(scale, scale));
        }
        return pixels(node.snapshot(parameters, null));
    }

    static Pixels pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** The PNG file's bytes; runs on any thread. */
    static byte[] encode(Pixels pixels) {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
