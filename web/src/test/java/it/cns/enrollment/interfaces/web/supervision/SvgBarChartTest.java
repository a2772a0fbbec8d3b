package it.cns.enrollment.interfaces.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarChartTest {

  private static final List<String> THREE_DAYS = List.of("01/12", "02/12", "03/12");

  /** The chart parsed as XML: it must be well formed whatever the names held. */
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> bars(Document d) {
    NodeList rects = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element e = (Element) rects.item(i);
      if ("cns-chart-bar".equals(e.getAttribute("class"))) {
        bars.add(e);
      }
    }
    return bars;
  }

  private static double height(Element bar) {
    return Double.parseDouble(bar.getAttribute("height"));
  }

  @Test
  void choosesRoundStepsAndATopAtOrAboveTheLargestBar() {
    assertThat(SvgBarChart.scale(0)).isEqualTo(new SvgBarChart.Scale(1, 1));
    assertThat(SvgBarChart.scale(1)).isEqualTo(new SvgBarChart.Scale(1, 1));
    assertThat(SvgBarChart.scale(5)).isEqualTo(new SvgBarChart.Scale(5, 1));
    assertThat(SvgBarChart.scale(7)).isEqualTo(new SvgBarChart.Scale(8, 2));
    assertThat(SvgBarChart.scale(10)).isEqualTo(new SvgBarChart.Scale(10, 2));
    assertThat(SvgBarChart.scale(23)).isEqualTo(new SvgBarChart.Scale(25, 5));
    assertThat(SvgBarChart.scale(1001)).isEqualTo(new SvgBarChart.Scale(1500, 500));
  }

  @Test
  void drawsBarsInProportionToTheScaleAndStacksTheSeries() throws Exception {
    Document d =
        parse(
            SvgBarChart.render(
                "c",
                "Attivazioni",
                "desc",
                THREE_DAYS,
                List.of(
                    new SvgBarChart.Series("A", List.of(4L, 0L, 2L)),
                    new SvgBarChart.Series("B", List.of(4L, 1L, 0L))),
                "vuoto"));

    List<Element> bars = bars(d);
    // Zero values draw nothing: A on days 1 and 3, B on days 1 and 2.
    assertThat(bars).hasSize(4);
    // Largest bar 8 -> scale 0..8 by 2: a value of 4 is half the plot's height.
    assertThat(height(bars.get(0))).isEqualTo(SvgBarChart.PLOT_HEIGHT / 2.0);
    assertThat(bars.get(0).getAttribute("data-series")).isEqualTo("A");
    Element bOnDay1 = bars.get(1);
    assertThat(bOnDay1.getAttribute("data-series")).isEqualTo("B");
    // B sits on top of A: its bottom is A's top.
    assertThat(Double.parseDouble(bOnDay1.getAttribute("y")) + height(bOnDay1))
        .isEqualTo(Double.parseDouble(bars.get(0).getAttribute("y")));
    assertThat(height(bars.get(2))).isEqualTo(SvgBarChart.PLOT_HEIGHT / 8.0);
    // Colours by series, the same in the legend.
    assertThat(bars.get(0).getAttribute("fill")).isEqualTo(SvgBarChart.colour(0));
    assertThat(bOnDay1.getAttribute("fill")).isEqualTo(SvgBarChart.colour(1));
    assertThat(d.getDocumentElement().getTextContent()).doesNotContain("vuoto");
  }

  @Test
  void namesAndDescribesTheImageForAssistiveTechnology() throws Exception {
    String out =
        SvgBarChart.render(
            "chart-logins",
            "Accessi",
            "Accessi per giorno",
            THREE_DAYS,
            List.of(new SvgBarChart.Series("OK", List.of(1L, 2L, 3L))),
            "vuoto");
    Element svg = parse(out).getDocumentElement();

    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("aria-labelledby"))
        .isEqualTo("chart-logins-title chart-logins-desc");
    Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
    Element desc = (Element) svg.getElementsByTagNameNS("*", "desc").item(0);
    assertThat(title.getAttribute("id")).isEqualTo("chart-logins-title");
    assertThat(title.getTextContent()).isEqualTo("Accessi");
    assertThat(desc.getAttribute("id")).isEqualTo("chart-logins-desc");
    assertThat(desc.getTextContent()).isEqualTo("Accessi per giorno");
    // Nothing the Content-Security-Policy would block: no style attribute, no script.
    assertThat(out)
        .doesNotContain("style=")
        .doesNotContain("<script")
        .doesNotContainPattern(" on[a-z]+=");
  }

  @Test
  void anEmptyPeriodSaysSoAndDrawsNoBar() throws Exception {
    String out = SvgBarChart.render("c", "t", "d", THREE_DAYS, List.of(), "Nessun dato");
    Document d = parse(out);

    assertThat(bars(d)).isEmpty();
    assertThat(d.getDocumentElement().getTextContent()).contains("Nessun dato");
    // The axis still runs 0..1 and every day is labelled.
    assertThat(d.getDocumentElement().getTextContent()).contains("01/12", "02/12", "03/12");
    assertThat(out).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void onePointFillsThePlotHeight() throws Exception {
    Document d =
        parse(
            SvgBarChart.render(
                "c",
                "t",
                "d",
                List.of("03/12"),
                List.of(new SvgBarChart.Series("Sportello", List.of(1L))),
                "vuoto"));

    List<Element> bars = bars(d);
    assertThat(bars).hasSize(1);
    assertThat(height(bars.get(0))).isEqualTo(SvgBarChart.PLOT_HEIGHT);
    assertThat(Double.parseDouble(bars.get(0).getAttribute("y"))).isEqualTo(SvgBarChart.PLOT_TOP);
    assertThat(bars.get(0).getAttribute("data-value")).isEqualTo("1");
  }

  @Test
  void escapesEveryTextSoANameCannotBreakOutOfTheImage() throws Exception {
    String hostile = "<script>alert('x')</script> & \"Sportello\" \u0000\u0007";
    String out =
        SvgBarChart.render(
            "c",
            "Titolo <b>",
            "Descrizione & \"più\"",
            List.of("<1>"),
            List.of(new SvgBarChart.Series(hostile, List.of(3L))),
            "vuoto");

    assertThat(out).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0000");
    Document d = parse(out);
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
    Element bar = bars(d).get(0);
    assertThat(bar.getAttribute("data-series"))
        .isEqualTo("<script>alert('x')</script> & \"Sportello\" ");
    assertThat(bar.getTextContent()).startsWith("<1> - <script>");
    assertThat(d.getDocumentElement().getTextContent())
        .contains("Titolo <b>", "Descrizione & \"più\"");
  }

  @Test
  void shortensLongNamesInTheLegendOnly() throws Exception {
    String longName = "Sportello Anagrafe dell'Azienda Sanitaria Locale di Roma Uno";
    Document d =
        parse(
            SvgBarChart.render(
                "c",
                "t",
                "d",
                List.of("03/12"),
                List.of(new SvgBarChart.Series(longName, List.of(2L))),
                "vuoto"));

    assertThat(bars(d).get(0).getAttribute("data-series")).isEqualTo(longName);
    assertThat(d.getDocumentElement().getTextContent())
        .contains(longName.substring(0, SvgBarChart.LEGEND_NAME_CHARACTERS - 1) + "\u2026");
  }

  @Test
  void refusesSeriesThatDoNotMatchTheDays() {
    assertThatThrownBy(
            () ->
                SvgBarChart.render(
                    "c",
                    "t",
                    "d",
                    THREE_DAYS,
                    List.of(new SvgBarChart.Series("A", List.of(1L))),
                    "vuoto"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SvgBarChart.Series("A", List.of(-1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
