/// The interactive shell (issue 5).
public enum Shell {}
