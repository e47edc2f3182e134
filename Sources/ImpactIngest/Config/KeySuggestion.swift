/// Finds the accepted name a mistyped one was probably meant to be (`finacial_year_start` →
/// `financial_year_start`).
enum KeySuggestion {
  /// The accepted name nearest to `name`, when it is near enough to be a likely typo: names are
  /// compared ignoring case, spaces, hyphens and underscores, and may differ by one edit in four
  /// characters (at least one, at most three).
  static func nearest(to name: String, among accepted: [String]) -> String? {
    let folded = fold(name)
    let allowed = min(3, max(1, folded.count / 4))
    var best: (name: String, distance: Int)?
    for candidate in accepted {
      let distance = editDistance(folded, fold(candidate))
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The name in lower case without spaces, hyphens and underscores.
  static func fold(_ name: String) -> [Character] {
    name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }.map { $0 }
  }

  /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, characterA) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for (j, characterB) in b.enumerated() {
        let substitution = previous[j] + (characterA == characterB ? 0 : 1)
        current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
      }
      previous = current
    }
    return previous[b.count]
  }
}
