/// The four kinds of input file.
public enum FileKind: String, CaseIterable, Hashable, Sendable, Comparable {
  case attendance
  case participants
  case feedback
  case funding

  public static func < (lhs: FileKind, rhs: FileKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
