/// The grading layer: exercises, their checks, and the grader (issue 4).
public enum Grading {}
