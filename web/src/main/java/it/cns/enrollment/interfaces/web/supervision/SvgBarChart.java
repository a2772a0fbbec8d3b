package it.cns.enrollment.interfaces.web.supervision;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A stacked bar chart as an inline SVG element, made on the server: one bar per category (a day),
 * one coloured segment per series, a y axis with round steps, a legend under the plot. No script
 * and no style attribute (the Content-Security-Policy allows neither inline): colours are SVG
 * presentation attributes. For assistive technology the element is an image named by its {@code
 * <title>} and described by its {@code <desc>}; the page puts the same figures in a table next to
 * it. Every text is escaped here: names come from the database.
 */
final class SvgBarChart {

  static final int WIDTH = 720;
  static final int PLOT_TOP = 16;
  static final int PLOT_HEIGHT = 200;
  static final int PLOT_LEFT = 56;
  static final int PLOT_RIGHT = 16;
  static final int X_LABELS = 28;
  static final int LEGEND_ROW = 20;
  static final int LEGEND_COLUMNS = 3;
  static final int LEGEND_NAME_CHARACTERS = 26;

  /**
   * Colours of the series in turn, dark enough for 3:1 against white (WCAG 1.4.11) and told apart
   * also with the commonest colour blindness; the table carries the figures whatever the colour.
   */
  static final List<String> PALETTE =
      List.of(
          "#0066cc", "#b35900", "#00796b", "#c62828", "#6a1b9a", "#455a64", "#2e7d32", "#ad1457");

  static final String AXIS = "#5c6f82";
  static final String TEXT = "#1a1a1a";

  /** One series: its name and one value per category. */
  record Series(String name, List<Long> values) {
    Series {
      Objects.requireNonNull(name, "name is required");
      values = List.copyOf(values);
      if (values.stream().anyMatch(v -> v < 0)) {
        throw new IllegalArgumentException("negative value in " + name);
      }
    }
  }

  /** The y axis: its top and the step between its grid lines (round numbers, integers). */
  record Scale(long top, long step) {}

  private SvgBarChart() {}

  /**
   * The chart.
   *
   * @param id unique in the page; prefixes the ids of the title and description
   * @param title short name of the chart
   * @param description what it shows, in words (period, totals)
   * @param categories the labels under the bars, left to right
   * @param series the stacked series, bottom to top; each with a value per category
   * @param empty the text drawn in place of bars when every value is zero
   */
  static String render(
      String id,
      String title,
      String description,
      List<String> categories,
      List<Series> series,
      String empty) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("at least one category");
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has not one value per day");
      }
    }
    int n = categories.size();
    long[] totals = new long[n];
    for (Series s : series) {
      for (int i = 0; i < n; i++) {
        totals[i] += s.values().get(i);
      }
    }
    long max = 0;
    for (long t : totals) {
      max = Math.max(max, t);
    }
    Scale scale = scale(max);
    int legendRows = (series.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
    int height = PLOT_TOP + PLOT_HEIGHT + X_LABELS + legendRows * LEGEND_ROW + 8;
    int plotWidth = WIDTH - PLOT_LEFT - PLOT_RIGHT;
    double slot = (double) plotWidth / n;
    double barWidth = Math.max(1, slot * 0.6);
    int baseline = PLOT_TOP + PLOT_HEIGHT;

    StringBuilder svg = new StringBuilder(4096);
    String safeId = escape(id);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
        .append(safeId)
        .append("\" class=\"cns-chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(safeId)
        .append("-title ")
        .append(safeId)
        .append(
            "-desc\" font-family=\"Titillium Web, Geneva, Tahoma, sans-serif\" font-size=\"12\">");
    svg.append("<title id=\"").append(safeId).append("-title\">").append(escape(title));
    svg.append("</title><desc id=\"").append(safeId).append("-desc\">");
    svg.append(escape(description)).append("</desc>");

    // Grid lines and the y axis's figures.
    for (long v = 0; v <= scale.top(); v += scale.step()) {
      double y = baseline - (double) v / scale.top() * PLOT_HEIGHT;
      svg.append("<line x1=\"")
          .append(PLOT_LEFT)
          .append("\" x2=\"")
          .append(WIDTH - PLOT_RIGHT)
          .append("\" y1=\"")
          .append(num(y))
          .append("\" y2=\"")
          .append(num(y))
          .append("\" stroke=\"")
          .append(v == 0 ? AXIS : "#d9dadb")
          .append("\" stroke-width=\"1\"/>");
      svg.append("<text x=\"")
          .append(PLOT_LEFT - 8)
          .append("\" y=\"")
          .append(num(y + 4))
          .append("\" text-anchor=\"end\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(v)
          .append("</text>");
    }

    // The bars, bottom to top, each segment with a tooltip.
    for (int i = 0; i < n; i++) {
      double x = PLOT_LEFT + i * slot + (slot - barWidth) / 2;
      double below = 0;
      for (int s = 0; s < series.size(); s++) {
        long v = series.get(s).values().get(i);
        if (v == 0) {
          continue;
        }
        double h = (double) v / scale.top() * PLOT_HEIGHT;
        double y = baseline - below - h;
        svg.append("<rect class=\"cns-chart-bar\" x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(y))
            .append("\" width=\"")
            .append(num(barWidth))
            .append("\" height=\"")
            .append(num(h))
            .append("\" fill=\"")
            .append(colour(s))
            .append("\" stroke=\"#ffffff\" stroke-width=\"0.5\" data-series=\"")
            .append(escape(series.get(s).name()))
            .append("\" data-value=\"")
            .append(v)
            .append("\"><title>")
            .append(escape(categories.get(i)))
            .append(" - ")
            .append(escape(series.get(s).name()))
            .append(": ")
            .append(v)
            .append("</title></rect>");
        below += h;
      }
    }

    // Labels under the bars: all of them while they fit, else every k-th.
    int every = Math.max(1, (int) Math.ceil(n / (plotWidth / 44.0)));
    for (int i = 0; i < n; i += every) {
      svg.append("<text x=\"")
          .append(num(PLOT_LEFT + i * slot + slot / 2))
          .append("\" y=\"")
          .append(baseline + 18)
          .append("\" text-anchor=\"middle\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(escape(categories.get(i)))
          .append("</text>");
    }

    if (max == 0) {
      svg.append("<text class=\"cns-chart-empty\" x=\"")
          .append(PLOT_LEFT + plotWidth / 2)
          .append("\" y=\"")
          .append(PLOT_TOP + PLOT_HEIGHT / 2)
          .append("\" text-anchor=\"middle\" font-size=\"16\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(escape(empty))
          .append("</text>");
    }

    // The legend: a swatch and the name (shortened; the table has it whole).
    int columnWidth = (WIDTH - PLOT_LEFT) / LEGEND_COLUMNS;
    for (int s = 0; s < series.size(); s++) {
      int x = PLOT_LEFT + (s % LEGEND_COLUMNS) * columnWidth;
      int y = baseline + X_LABELS + (s / LEGEND_COLUMNS) * LEGEND_ROW;
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colour(s))
          .append("\"/><text x=\"")
          .append(x + 18)
          .append("\" y=\"")
          .append(y + 11)
          .append("\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(escape(shortened(series.get(s).name())))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The y axis for a largest bar of {@code max}: a step of 1, 2 or 5 times a power of ten giving at
   * most five intervals, and the first multiple of it at or above {@code max}; 0 to 1 for none.
   */
  static Scale scale(long max) {
    if (max <= 0) {
      return new Scale(1, 1);
    }
    long step = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        long candidate = m * step;
        if ((max + candidate - 1) / candidate <= 5) {
          long top = ((max + candidate - 1) / candidate) * candidate;
          return new Scale(top, candidate);
        }
      }
      step *= 10;
    }
  }

  static String colour(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /** Text for XML content and attribute values; characters XML cannot hold are left out. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              out.append(c);
            }
          }
        }
      }
    }
    return out.toString();
  }

  private static String shortened(String name) {
    return name.length() <= LEGEND_NAME_CHARACTERS
        ? name
        : name.substring(0, LEGEND_NAME_CHARACTERS - 1) + "\u2026";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
