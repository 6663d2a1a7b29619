package perfaudit.cli.console;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file-system failure in words a user can act on. Java's file exceptions carry only the path as
 * their message ("reports"), which read alone says nothing; the cause is in the exception's type.
 */
public final class IoProblem {

    private IoProblem() {
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException failure) {
            String file = failure.getFile();
            String what = failure instanceof AccessDeniedException ? "权限不足 — permission denied"
                    : failure instanceof FileAlreadyExistsException ? "已存在同名文件，不是目录 — a file of that name is in the way"
                    : failure instanceof NotDirectoryException ? "不是目录 — not a folder"
                    : failure instanceof NoSuchFileException ? "不存在 — no such file or folder"
                    : failure.getReason() != null ? failure.getReason() : failure.getClass().getSimpleName();
            return what + (file == null ? "" : ": " + file)
                    + (failure.getOtherFile() == null ? "" : " → " + failure.getOtherFile());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
