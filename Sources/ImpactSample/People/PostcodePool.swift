/// The postcodes people live at, each with its deprivation decile (IMD, 1 = most deprived).
///
/// The area letters `RV` are not a real postcode area, so no real place is described; the
/// codes follow the UK pattern (`RV7 3QT`). The pool is drawn once per seed and shared by
/// everyone, grouped by decile.
struct PostcodePool {
  /// The pool's postcodes by decile: `byDecile[0]` holds decile 1.
  private(set) var byDecile: [[String]] = Array(repeating: [], count: 10)

  /// A pool of about `size` postcodes.
  init(seed: UInt64, size: Int) {
    var random = SampleRandom(seed: seed, stream: 0x706F_7374)
    let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
    var seen = Set<String>()
    while seen.count < size {
      let district = random.int(in: 1...15)
      let sector = random.int(in: 0...9)
      let unit = "\(sector)\(random.pick(letters))\(random.pick(letters))"
      let code = "RV\(district) \(unit)"
      guard seen.insert(code).inserted else { continue }
      byDecile[Self.decile(district: district, sector: sector) - 1].append(code)
    }
  }

  /// The decile of a postcode sector: deprivation follows the district, varied by sector.
  static func decile(district: Int, sector: Int) -> Int {
    let base = [2, 1, 3, 5, 7, 9, 10, 4, 6, 8, 2, 3, 5, 8, 6][district - 1]
    return min(10, max(1, base + (sector % 3) - 1))
  }

  /// The decile of a postcode from the pool (written `RV7 3QT`).
  static func decile(of postcode: String) -> Int {
    let parts = postcode.split(separator: " ")
    let district = Int(parts[0].dropFirst(2))!
    let sector = Int(String(parts[1].first!))!
    return decile(district: district, sector: sector)
  }

  /// A postcode for someone whose neighbourhood leans `tilt` deciles towards (negative) or away
  /// from the most deprived areas.
  func postcode(random: inout SampleRandom, tilt: Int) -> String {
    let weights = [14, 13, 12, 11, 10, 9, 9, 8, 7, 7]
    let drawn = random.weighted(weights)
    var decile = min(9, max(0, drawn + (random.chance(0.5) ? tilt : 0)))
    while byDecile[decile].isEmpty { decile = (decile + 1) % 10 }
    return random.pick(byDecile[decile])
  }

  /// Every postcode with its decile, ordered by postcode.
  var allWithDeciles: [(postcode: String, decile: Int)] {
    var rows: [(postcode: String, decile: Int)] = []
    for (index, codes) in byDecile.enumerated() {
      for code in codes { rows.append((code, index + 1)) }
    }
    return rows.sorted { $0.postcode < $1.postcode }
  }
}
