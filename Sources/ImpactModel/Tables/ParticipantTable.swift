/// Everyone the data mentions, by participant index.
///
/// A participant index is assigned the first time an id is seen, in any file; attendance
/// and feedback rows refer to people by this index.
public struct ParticipantTable: Sendable {
  /// The participant ids as written (after trimming), by index.
  public var ids = StringPool()
  /// The merged profile, by index.
  public var profiles: [ParticipantProfile] = []
  /// Names of extra participant columns that priority-group rules read (e.g. `care_experienced`).
  public var extraFieldNames: [String] = []
  /// The extra columns' values, field-major: `extraValues[field][participant]` is a text id
  /// in ``Dataset/text``, or `-1` when unknown.
  public var extraValues: [[Int32]] = []

  /// Creates an empty table.
  public init() {}

  /// The number of people.
  public var count: Int { profiles.count }

  /// The index for an id, adding the person when new.
  public mutating func index(for id: String) -> Int32 {
    let index = ids.intern(id)
    if Int(index) == profiles.count {
      profiles.append(ParticipantProfile())
      for field in extraValues.indices { extraValues[field].append(-1) }
    }
    return index
  }

  /// The position of an extra field, adding it when new.
  public mutating func extraField(named name: String) -> Int {
    if let position = extraFieldNames.firstIndex(of: name) { return position }
    extraFieldNames.append(name)
    extraValues.append([Int32](repeating: -1, count: profiles.count))
    return extraFieldNames.count - 1
  }
}
