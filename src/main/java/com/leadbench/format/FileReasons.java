package com.leadbench.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in words: "permission denied", "the disk is full", not
 * the Java exception's name or a path repeated twice. Every message that reports a file problem asks here.
 */
public final class FileReasons {

    private FileReasons() {
    }

    /** The reason alone, e.g. "permission denied"; the caller names the file. */
    public static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is already there";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty stands there";
        }
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("not a directory")) {
            return "a file stands where a folder is needed";
        }
        if (lower.contains("is a directory")) {
            return "a folder stands where a file is needed";
        }
        return reason.strip();
    }
}
