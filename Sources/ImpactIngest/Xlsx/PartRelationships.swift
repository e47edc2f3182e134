/// The relationships of one package part (its `_rels/<name>.rels`): which part each id
/// points to, and of what type; targets resolved to paths inside the package.
struct PartRelationships {
  /// One relationship.
  struct Relationship: Equatable {
    var type: String
    var target: String
  }

  /// Relationships by id.
  private(set) var byID: [String: Relationship] = [:]

  /// Reads the relationships of `part` (`""` for the package's own), if it has any.
  init(of part: String, in package: XlsxPackage) throws {
    let folder = part.split(separator: "/").dropLast().joined(separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let rels = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard package.has(rels) else { return }
    let handler = Handler()
    try package.parse(rels, into: handler, limit: package.limits.workbookSmallPartBytes)
    for (id, type, target) in handler.found {
      byID[id] = Relationship(type: type, target: Self.resolve(target, from: folder))
    }
  }

  /// The target of the first relationship whose type ends with `/suffix`.
  func target(ofType suffix: String) -> String? {
    byID.values.filter { $0.type.hasSuffix("/" + suffix) }.map(\.target).min()
  }

  /// A target as a path inside the package: absolute (`/xl/…`) or relative to `folder`.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      switch piece {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(String(piece))
      }
    }
    return parts.joined(separator: "/")
  }

  private final class Handler: XMLEventHandler {
    var found: [(String, String, String)] = []
    var stopReason: (any Error)? { nil }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
      guard name.is("Relationship"), let id = attributes.text("Id"),
        let target = attributes.text("Target")
      else { return }
      if attributes.text("TargetMode") == "External" { return }
      found.append((id, attributes.text("Type") ?? "", target))
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  }
}
