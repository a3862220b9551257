/// Batch grading for CI (issue 6).
public enum Batch {}
