/// Interns strings so that tables hold small integer ids instead of repeated text.
///
/// Id 0 onwards are assigned in first-seen order, so a pool built from the same input in
/// the same order always gives the same ids.
public struct StringPool: Sendable {
  /// The interned strings, indexed by id.
  public private(set) var strings: [String] = []
  private var ids: [String: Int32] = [:]

  /// Creates an empty pool.
  public init() {}

  /// The id of `text`, adding it when it is new.
  public mutating func intern(_ text: String) -> Int32 {
    if let id = ids[text] { return id }
    let id = Int32(strings.count)
    strings.append(text)
    ids[text] = id
    return id
  }

  /// The id of `text` when it has been interned.
  public func id(of text: String) -> Int32? { ids[text] }

  /// The text of an id.
  public subscript(id: Int32) -> String { strings[Int(id)] }

  /// The number of distinct strings.
  public var count: Int { strings.count }
}
