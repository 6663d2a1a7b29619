package perfaudit.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import perfaudit.audit.DisplayNames;
import perfaudit.ingest.InputWalk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs of a distributed run, listed on the driver: local paths are walked exactly as
 * {@code perfaudit audit} walks them (same order, names, keys, same files left out), so both give the
 * same report; URIs ({@code hdfs://}, {@code s3a://}, {@code file://}) are listed through Hadoop,
 * recursively and sorted, with the same files left out by name, each keyed as {@link InputWalk} keys a
 * local file (its path below the folder given, headed by that folder's name), so the history matches.
 */
public final class InputListing {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*");

    /** What was listed: the inputs in run order, and the local walk (for its log of what was left out). */
    public record Listed(List<InputRef> inputs, InputWalk localWalk) {
    }

    private InputListing() {
    }

    /**
     * True for a path given as a URI ({@code hdfs://}, {@code s3a://}, also {@code file://}): read through
     * Hadoop's file system, as every executor of a cluster can; a plain path is walked as the CLI walks it.
     */
    public static boolean isRemote(String path) {
        return SCHEME.matcher(path).matches();
    }

    public static Listed of(List<String> paths, Collection<Path> reportFolders) throws IOException {
        List<Path> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String path : paths) {
            if (isRemote(path)) {
                remote.add(path);
            } else {
                local.add(Path.of(path));
            }
        }
        List<InputRef> inputs = new ArrayList<>();
        InputWalk walk = InputWalk.of(local, reportFolders);
        for (Path file : walk.files()) {
            inputs.add(new InputRef(inputs.size(), file.toString(), true, DisplayNames.of(file), walk.keyOf(file)));
        }
        for (String root : remote) {
            listRemote(root, inputs);
        }
        return new Listed(List.copyOf(inputs), walk);
    }

    private static void listRemote(String root, List<InputRef> inputs) throws IOException {
        org.apache.hadoop.fs.Path top = new org.apache.hadoop.fs.Path(root);
        FileSystem fs = top.getFileSystem(new Configuration());
        FileStatus status = fs.getFileStatus(top);
        List<String> files = new ArrayList<>();
        if (status.isFile()) {
            files.add(status.getPath().toString());
        } else {
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(top, true);
            while (listed.hasNext()) {
                files.add(listed.next().getPath().toString());
            }
        }
        files.sort(null);
        // keyed as InputWalk keys a local file: its path below the folder given, headed by that folder's name
        org.apache.hadoop.fs.Path folder = status.isFile() ? status.getPath().getParent() : status.getPath();
        String base = folder.toString();
        Set<String> taken = new HashSet<>();
        inputs.forEach(input -> taken.add(input.key()));
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (InputWalk.isCandidate(Path.of(name))) {
                String below = file.startsWith(base + "/") ? file.substring(base.length() + 1) : name;
                String key = folder.getName().isEmpty() ? below : folder.getName() + "/" + below;
                inputs.add(new InputRef(inputs.size(), file, false, file, taken.add(key) ? key : file));
            }
        }
    }
}
