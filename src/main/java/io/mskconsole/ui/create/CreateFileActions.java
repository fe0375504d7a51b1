package io.mskconsole.ui.create;

import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterFile;
import io.mskconsole.core.create.DraftFileException;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saving and loading a draft as a create-cluster-v2 request file (the AWS CLI's --cli-input-json document, which
 * {@code msk-console cluster create --file} reads too), so a change ticket can carry it. Files are read and written in
 * the background; a file that cannot be used is refused whole, saying what and where, and the settings in the window
 * stay as they were.
 */
public final class CreateFileActions {
    /** Files larger than this are not request files: refused before reading. */
    static final long MAX_BYTES = 1024 * 1024;
    private final Supplier<ClusterDraft> draft;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Notice> notices;
    private final BiConsumer<Path, ClusterDraft> onLoaded;
    private final BiConsumer<Path, ClusterDraft> onSaved;

    CreateFileActions(Supplier<ClusterDraft> draft, TaskExecutor executor, DialogService dialogs,
                      Consumer<Notice> notices, BiConsumer<Path, ClusterDraft> onLoaded,
                      BiConsumer<Path, ClusterDraft> onSaved) {
        this.draft = draft;
        this.executor = executor;
        this.dialogs = dialogs;
        this.notices = notices;
        this.onLoaded = onLoaded;
        this.onSaved = onSaved;
    }

    /** Asks for a file and replaces the settings with the request it holds. */
    public void load() {
        dialogs.chooseJsonFileToOpen("Load a create-cluster-v2 request (--cli-input-json)").ifPresent(this::loadFrom);
    }

    public void loadFrom(Path file) {
        notices.accept(Notice.info("Reading " + file.getFileName() + "…"));
        executor.execute(c -> read(file), loaded -> onLoaded.accept(file, loaded),
                failure -> notices.accept(Notice.error(describe(file, failure)
                        + " Nothing was loaded: the settings are as they were.")));
    }

    private static ClusterDraft read(Path file) throws Exception {
        if (Files.size(file) > MAX_BYTES) {
            throw new DraftFileException("The file is " + String.format("%,d", Files.size(file)) + " bytes: a "
                    + "create-cluster-v2 request is a few kilobytes. Is it the right file?", null, 0);
        }
        return CreateClusterFile.read(Files.readString(file));
    }

    /** Asks where, then writes the settings as they stand, even with problems left (a draft for a ticket). */
    public void save() {
        String name = draft.get().name().strip().toLowerCase(Locale.ROOT);
        String suggested = (name.isEmpty() ? "new-cluster" : name) + "-create-cluster.json";
        dialogs.chooseJsonFileToSave("Save the create-cluster-v2 request", suggested).ifPresent(this::saveTo);
    }

    public void saveTo(Path file) {
        ClusterDraft saving = draft.get();
        String json = CreateClusterFile.write(saving);
        executor.execute(c -> Files.writeString(file, json), written -> onSaved.accept(file, saving),
                failure -> notices.accept(Notice.error(describe(file, failure) + " The request was not saved.")));
    }

    static String describe(Path file, Throwable failure) {
        String name = String.valueOf(file.getFileName());
        if (failure instanceof DraftFileException bad) {
            return name + ": " + bad.getMessage(); // the message names the member or the line
        }
        if (failure instanceof CharacterCodingException) {
            return name + ": the file is not UTF-8 text; a create-cluster-v2 request is a JSON document.";
        }
        return name + ": " + Messages.of(failure);
    }
}
