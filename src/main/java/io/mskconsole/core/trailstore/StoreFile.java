package io.mskconsole.core.trailstore;

import io.mskconsole.core.privatefiles.OwnerOnly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record store's file: blocks appended one after another, read back by offset. The owner's only, locked while in
 * use, and deleted when closed (or, when the store is forgotten, by the cleaner); one left by a process that ended
 * without closing it is found unlocked and deleted by the next store opened in the folder. The cleaner's action:
 * refers to nothing of the store.
 */
final class StoreFile implements Runnable {
    static final String SUFFIX = ".records";
    /**
     * This process's files: never opened by the sweep (on some systems closing any channel of a file lets go of
     * every lock the process holds on it), and deleted when the process ends, as a cleaner may not have run by then.
     */
    private static final Set<StoreFile> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean hooked;
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private long end;

    private StoreFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * A new file in the folder, after deleting the files of stores no process holds any more; one at a time in this
     * process, so a sweep never meets a file being made.
     */
    static synchronized StoreFile create(Path folder) throws IOException {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(StoreFile::run),
                    "msk-console-record-stores")); // throws when the JVM is already ending: no file made then
            hooked = true;
        }
        OwnerOnly.folder(folder);
        sweep(folder);
        Path path = OwnerOnly.newFile(folder, "events-", SUFFIX);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            StoreFile file = new StoreFile(path, channel, channel.tryLock());
            LIVE.add(file);
            return file;
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Appends the bytes; returns where they start. */
    synchronized long append(byte[] bytes, int length) throws IOException {
        long at = end;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        end += length;
        return at;
    }

    /** Fills the array from the offset. */
    void read(long offset, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the file ends before the block");
            }
        }
    }

    synchronized long size() {
        return end;
    }

    /** Closes and deletes the file; again is nothing. A file that cannot be deleted is left to the next sweep. */
    @Override
    public void run() {
        LIVE.remove(this);
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException | RuntimeException leftForTheSweep) {
            // held by another program (an indexer, an antivirus): the next store opened in the folder deletes it
        }
    }

    /** Deletes the files of stores that no process holds (a process that ended without closing its store). */
    private static void sweep(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            Set<Path> ours = LIVE.stream().map(StoreFile::path).collect(Collectors.toSet());
            for (Path file : files) {
                if (!ours.contains(file)) {
                    deleteIfUnheld(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be swept leaves old files for the next time: never a reason not to open
        }
    }

    private static void deleteIfUnheld(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return; // another process's store
            }
            lock.release();
            Files.deleteIfExists(file);
        } catch (OverlappingFileLockException ours) {
            // a store of this process
        } catch (IOException e) {
            // in use (Windows), or gone: left
        }
    }
}
