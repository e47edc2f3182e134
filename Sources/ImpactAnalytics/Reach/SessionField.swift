import ImpactModel

/// A field of the session a row belongs to, by which figures are broken down.
enum SessionField: String, CaseIterable {
  case programme
  case setting
  case venue
  case artForm = "art_form"
  case delivery

  /// The group key of a row: a text id, or a code's position; `-1` for unknown.
  func key(_ table: AttendanceTable, _ row: Int) -> Int32 {
    switch self {
    case .programme: return table.programme[row]
    case .setting:
      return table.setting[row].map { Int32(Setting.allCases.firstIndex(of: $0)!) } ?? -1
    case .venue: return table.venue[row]
    case .artForm: return table.artForm[row]
    case .delivery: return Int32(Delivery.allCases.firstIndex(of: table.delivery[row])!)
    }
  }

  /// The group label of a key.
  func label(_ key: Int32, text: StringPool) -> String {
    guard key >= 0 else { return "Unknown" }
    switch self {
    case .programme, .venue, .artForm: return text[key]
    case .setting: return Setting.allCases[Int(key)].code
    case .delivery: return Delivery.allCases[Int(key)].rawValue
    }
  }
}
