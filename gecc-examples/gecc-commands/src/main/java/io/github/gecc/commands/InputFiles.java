package io.github.gecc.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Opens and reads the FILE a command names ({@code -} for standard input), refusing as bad input
 * what cannot be a JSON document: an empty name, a missing file, a directory, an unreadable file
 * and an input over {@link #MAX_INPUT_BYTES}.
 */
public final class InputFiles {

  /**
   * The largest input document read, in bytes: the document limit of {@code GeccJson.mapper()} (512
   * MiB). Below it the Java heap is the bound: an input the heap cannot hold ends in one error line
   * saying so and how to give the JVM more (exit 1).
   */
  public static final int MAX_INPUT_BYTES = 512 << 20; // GeccJson.mapper()'s document limit

  /** The bytes read, or the refusal of the FILE. */
  public static final class Read {
    private final byte @Nullable [] bytes;
    private final @Nullable Answer refusal;

    Read(byte @Nullable [] bytes, @Nullable Answer refusal) {
      this.bytes = bytes;
      this.refusal = refusal;
    }

    /**
     * The document's bytes; null when the FILE was refused.
     *
     * @return the bytes, or null
     */
    public byte @Nullable [] bytes() {
      return bytes;
    }

    /**
     * The refusal of the FILE; null when it was read.
     *
     * @return the refusal, or null
     */
    public @Nullable Answer refusal() {
      return refusal;
    }
  }

  private InputFiles() {}

  /**
   * Opens FILE, or standard input for {@code -}.
   *
   * @param file the file's name, or {@code -}
   * @param stdin the standard input
   * @return the stream, to close
   * @throws Refused if the name is empty or invalid, or the file is missing, a directory or
   *     unreadable
   */
  public static InputStream open(String file, InputStream stdin) throws Refused {
    if ("-".equals(file)) {
      return stdin;
    }
    if (file.isBlank()) {
      throw new Refused("the input file name is empty; give a FILE, or - for standard input");
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Refused("input file name '" + file + "' is not a valid path: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      throw new Refused("input file '" + file + "' is a directory; expected a JSON file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new Refused("input file '" + file + "' does not exist");
    } catch (AccessDeniedException e) {
      throw new Refused("input file '" + file + "' is not readable: permission denied");
    } catch (IOException e) {
      throw new Refused("input file '" + file + "' cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads the whole document of FILE ({@code -}: standard input) up to the limit.
   *
   * @param file the file's name, or {@code -}
   * @param stdin the standard input
   * @return the bytes, or the refusal of the FILE
   */
  public static Read read(String file, InputStream stdin) {
    try (InputStream in = open(file, stdin)) {
      byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        return new Read(
            null,
            Answer.tooLarge(
                "input is larger than " + MAX_INPUT_BYTES + " bytes, the most the tool reads"));
      }
      return new Read(bytes, null);
    } catch (Refused e) {
      return new Read(null, Answer.badInput(Answer.USAGE, String.valueOf(e.getMessage()), null));
    } catch (IOException e) {
      return new Read(
          null,
          Answer.badInput(
              Answer.USAGE, "input file '" + file + "' cannot be read: " + e.getMessage(), null));
    }
  }

  /** A FILE refused as bad input. */
  public static final class Refused extends IOException {
    /** The serialization version. */
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
