package it.cns.enrollment.application.port;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A document the application prints, every text ready to print (worded by the use case from the
 * {@code Messages} bundles): a title and pages of blocks, in reading order. A {@link Secret} block
 * holds a code that {@link #wipe()} overwrites and {@link #toString()} never shows.
 */
public record PrintedDocument(String title, List<Page> pages) {

  public PrintedDocument {
    Objects.requireNonNull(title, "title is required");
    pages = List.copyOf(pages);
  }

  /** One page: its heading (the title), an optional line under it (such as which copy), blocks. */
  public record Page(String subtitle, List<Block> blocks) {
    public Page {
      blocks = List.copyOf(blocks);
    }
  }

  /** What a page is made of. */
  public sealed interface Block permits Heading, Paragraph, Field, Blank, Secret, Signatures {}

  /** A section heading. */
  public record Heading(String text) implements Block {}

  /** Running text. */
  public record Paragraph(String text) implements Block {}

  /** A label and its value. */
  public record Field(String label, String value) implements Block {}

  /** A label and a line to write the value on by hand. */
  public record Blank(String label) implements Block {}

  /** A label and a secret value (a PIN, a password). */
  public record Secret(String label, char[] value) implements Block {
    @Override
    public String toString() {
      return "Secret[" + label + ", hidden]";
    }
  }

  /** Boxes to sign in, side by side, each with its title. */
  public record Signatures(List<String> titles) implements Block {
    public Signatures {
      titles = List.copyOf(titles);
    }
  }

  /** Overwrites every secret this document holds. */
  public void wipe() {
    for (Page page : pages) {
      for (Block block : page.blocks()) {
        if (block instanceof Secret secret) {
          Arrays.fill(secret.value(), '\0');
        }
      }
    }
  }

  @Override
  public String toString() {
    return "PrintedDocument[" + title + ", " + pages.size() + " pages]";
  }
}
