import ImpactIngest
import ImpactModel

/// `impact.yml` text loaded into a configuration, as `impact report` loads it.
public struct ConfigTarget: Sendable {
  let loader = ConfigLoader(knownColumns: CanonicalColumns.names)

  /// Creates the target.
  public init() {}

  /// Loads `bytes` as the text of `impact.yml`.
  public func run(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      _ = try loader.load(yaml: text, path: "impact.yml")
    } catch {
      precondition(!error.description.isEmpty, "a configuration error without a message")
    }
  }
}
