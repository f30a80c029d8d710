package com.leadbench.store;

import com.leadbench.format.FileReasons;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One running Leadbench per database file. The lock is an operating-system lock on a small file
 * named for the database's identity on disk (device and inode where the system has them), so a
 * symbolic link or a hard link to the same database meets the same lock. Where the system has no
 * file identity, the lock file sits beside the database's real path.
 */
final class InstanceLock {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code realFile} (symbolic links already resolved) or says who holds it. */
    static InstanceLock acquire(Path realFile) throws DatabaseOpenException {
        Path lockFile = lockFileFor(realFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseOpenException(realFile, "cannot be locked against a second Leadbench: the lock file " + lockFile
                    + " cannot be created (" + FileReasons.describe(e) + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException alreadyHeldHere) {
            lock = null;
        } catch (IOException e) {
            close(channel);
            throw new DatabaseOpenException(realFile, "cannot be locked against a second Leadbench (" + FileReasons.describe(e) + ")", e);
        }
        if (lock == null) {
            close(channel);
            throw new DatabaseOpenException(realFile, "it is already open in another running Leadbench; close that one first");
        }
        return new InstanceLock(channel, lock);
    }

    /** The lock file: by device and inode in the shared lock folder, else beside the real path. */
    static Path lockFileFor(Path realFile) {
        Path beside = realFile.resolveSibling(realFile.getFileName() + ".lock");
        Object key;
        try {
            key = Files.readAttributes(realFile, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return beside;
        }
        if (key == null) {
            return beside;
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "leadbench-locks");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return beside;
        }
        if (!Files.isWritable(folder)) {
            return beside;
        }
        String name = key.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return folder.resolve(name + ".lock");
    }

    void release() {
        try {
            // the file stays: deleting it would let a process that opened it a moment ago lock a file nobody else sees
            lock.release();
        } catch (IOException ignored) {
            // the lock dies with the channel
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to undo
        }
    }
}
