package it.cns.enrollment.application.counter;

/**
 * An outcome as its page gets it: the summary, and the first halves of the codes the first time
 * only ({@code halves} null after that); the caller wipes them.
 */
public record ShownOutcome(OutcomeSummary summary, CodeHalves halves) {

  @Override
  public String toString() {
    return "ShownOutcome[" + summary + ", halves " + (halves == null ? "shown" : "hidden") + "]";
  }
}
