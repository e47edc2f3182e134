extension TemporaryFolder {
  /// The files of a small data folder, for tests of a whole run: a register of three
  /// attendances in July 2025 by two people at two sessions, with a fourth row whose date
  /// cannot be read when `bad`.
  public static func register(bad: Bool = false) -> [String: String] {
    var attendance = """
      date,programme,participant_id
      2025-07-01,Choir,P1
      2025-07-01,Choir,P2
      2025-07-08,Choir,P1

      """
    if bad { attendance += "31/02/2025,Choir,P2\n" }
    return ["attendance.csv": attendance]
  }
}
