import ImpactModel

/// A field of the session a row belongs to, by which figures are broken down.
enum SessionField: CaseIterable {
  case programme, setting, venue, artForm, delivery

  /// The breakdown by this field.
  var groupBy: GroupBy {
    switch self {
    case .programme: return .programme
    case .setting: return .setting
    case .venue: return .venue
    case .artForm: return .artForm
    case .delivery: return .delivery
    }
  }

  /// The group key of a row with a table's shape `shape`: a text id, or a code's position;
  /// `-1` for unknown.
  func key(_ shapes: AttendanceShapes, _ shape: Int) -> Int32 {
    switch self {
    case .programme: return shapes.programme[shape]
    case .setting:
      return shapes.setting[shape].map { Int32(Setting.allCases.firstIndex(of: $0)!) } ?? -1
    case .venue: return shapes.venue[shape]
    case .artForm: return shapes.artForm[shape]
    case .delivery: return Int32(Delivery.allCases.firstIndex(of: shapes.delivery[shape])!)
    }
  }

  /// The group label of a key.
  func label(_ key: Int32, text: StringPool) -> Group {
    guard key >= 0 else { return .unknown }
    return Group(name(key, text: text))
  }

  private func name(_ key: Int32, text: StringPool) -> String {
    switch self {
    case .programme, .venue, .artForm: return text[key]
    case .setting: return Setting.allCases[Int(key)].code
    case .delivery: return Delivery.allCases[Int(key)].rawValue
    }
  }
}
