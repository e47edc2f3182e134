/// The bounds on what a person may upload: a request's size, how many files, and for a ZIP
/// its entries, its expanded size and how far any entry expands.
public struct UploadLimits: Sendable, Equatable {
  /// The most bytes one upload request may carry.
  public var requestBytes: Int
  /// The most files one upload may hold (ZIP entries included).
  public var files: Int
  /// The most bytes all files of one upload may expand to.
  public var expandedBytes: Int
  /// The most an entry of a ZIP may expand, as a multiple of its compressed size.
  public var expansionRatio: Int

  /// Creates the limits; the defaults suit a year of exports of a large organisation.
  public init(
    requestBytes: Int = 200 << 20, files: Int = 200, expandedBytes: Int = 1 << 30,
    expansionRatio: Int = 200
  ) {
    self.requestBytes = requestBytes
    self.files = files
    self.expandedBytes = expandedBytes
    self.expansionRatio = expansionRatio
  }
}
