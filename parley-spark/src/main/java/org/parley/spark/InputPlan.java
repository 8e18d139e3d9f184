package org.parley.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.parley.article.ArticleLoader;
import org.parley.article.PlannedInput;
import org.parley.article.Problem;
import org.parley.input.InputFormat;

/**
 * Lists the job's inputs into one plan, in the order given: local paths as {@code parley build}
 * lists them ({@link ArticleLoader#plan}), Hadoop URIs through their file system with the same
 * rules (folders walked in sorted order of the path below the folder, hidden names left out,
 * files by suffix; a folder is the one built, a file alone is built from its folder). Runs on the
 * driver. Stateless.
 */
final class InputPlan {
    private InputPlan() {
    }

    /**
     * @param inputs paths and URIs, as the user gave them
     * @param files  the Hadoop configuration
     * @return the plan
     */
    static List<PlannedInput> of(List<String> inputs, HadoopFiles files) {
        List<PlannedInput> plan = new ArrayList<>();
        for (String input : inputs) {
            if (HadoopFiles.remote(input)) {
                plan.addAll(remote(input, files));
            } else {
                plan.addAll(new ArticleLoader().plan(List.of(HadoopFiles.local(input))));
            }
        }
        return plan;
    }

    private static List<PlannedInput> remote(String input, HadoopFiles files) {
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(files.conf());
            FileStatus status;
            try {
                status = fs.getFileStatus(root);
            } catch (FileNotFoundException e) {
                return List.of(problem(input, "no such file or folder"));
            }
            return status.isDirectory() ? folder(input, fs, status.getPath()) : file(input, status.getPath());
        } catch (IOException | RuntimeException e) {
            return List.of(problem(input, "cannot list: " + e.getMessage()));
        }
    }

    private static List<PlannedInput> folder(String input, FileSystem fs, Path root) throws IOException {
        String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
        List<Found> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            String relative = p.toUri().getPath().substring(prefix.length());
            Optional<InputFormat> format = InputFormat.of(java.nio.file.Path.of(p.getName()), false);
            if (!hidden(relative) && format.isPresent()) {
                found.add(new Found(relative, p.toString(), format.get()));
            }
        }
        if (found.isEmpty()) {
            return List.of(problem(input, "folder holds no articles (" + InputFormat.described() + ")"));
        }
        found.sort(Comparator.comparing(Found::relative));
        return found.stream().map(f -> new PlannedInput(f.uri(), root.toString(), f.format(), null)).toList();
    }

    /** A file found in a folder: its path below the folder, its URI and its format. */
    private record Found(String relative, String uri, InputFormat format) {
    }

    private static List<PlannedInput> file(String input, Path file) {
        Optional<InputFormat> format = InputFormat.of(java.nio.file.Path.of(file.getName()), true);
        if (format.isEmpty()) {
            return List.of(problem(input, "not an article: expected a file (" + InputFormat.described() + ") or a folder"));
        }
        return List.of(new PlannedInput(file.toString(), file.getParent().toString(), format.get(), null));
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static PlannedInput problem(String place, String message) {
        return new PlannedInput(null, null, null, new Problem(place, message));
    }
}
