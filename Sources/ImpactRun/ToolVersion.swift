/// The tool's version, printed by `--version` and in outputs.
public enum ToolVersion {
  /// The version.
  public static let current = "0.1.0"
}
