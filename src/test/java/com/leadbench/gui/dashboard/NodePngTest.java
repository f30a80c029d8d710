package com.leadbench.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pixels to a PNG file without the javafx-swing bridge. */
class NodePngTest {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void encodesEveryPixelIncludingTransparency() throws Exception {
        int[] argb = {0xffff0000, 0xff00ff00, 0xff0000ff, 0x80ffffff, 0x00000000, 0xff123456};
        byte[] png = NodePng.encode(new NodePng.Pixels(3, 2, argb));

        assertArrayEquals(SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3, decoded.getWidth());
        assertEquals(2, decoded.getHeight());
        int[] back = decoded.getRGB(0, 0, 3, 2, null, 0, 3);
        assertArrayEquals(argb, back);
    }

    @Test
    void pixelsMustFillTheImage() {
        assertThrows(IllegalArgumentException.class, () -> new NodePng.Pixels(2, 2, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> new NodePng.Pixels(0, 0, new int[0]));
    }
}
