import ImpactModel

/// One person's answers to a wellbeing survey (SWEMWBS, ONS4, the loneliness questions, and at
/// the end a rating).
struct WellbeingResponse {
  enum Stage {
    case pre
    case post
    case followUp
  }

  var day: Day
  var stage: Stage
  var person: Int
  var programme: String
  /// The seven SWEMWBS items, 1–5.
  var items: [Int]
  /// Life satisfaction, worthwhile, happy, anxious: 0–10.
  var ons: [Int]
  /// The answer to "How often do you feel lonely?", 0 (never) to 4 (often/always), if given.
  var loneliness: Int?
  /// The ONS three-item loneliness measure, each 1–3 (all three or none).
  var ucla: [Int]
  /// 1–5, at the end only.
  var satisfaction: Int?
  /// 0–10, at the end only.
  var recommend: Int?
  var comment: String
  var consent: String
  /// Seconds after midnight the survey was submitted.
  var seconds: Int

  /// The answers of someone whose wellbeing level (1–5 scale) is `level` on the day.
  init(
    day: Day, stage: Stage, person: Int, programme: String, level: Double,
    random: inout SampleRandom
  ) {
    self.day = day
    self.stage = stage
    self.person = person
    self.programme = programme
    items = (0..<7).map { _ in
      min(5, max(1, Int((level + random.normal(mean: 0, deviation: 0.6)).rounded())))
    }
    let after = stage == .pre ? 0.0 : 1.0
    let centred = level - 3
    func score(_ value: Double) -> Int { min(10, max(0, Int(value.rounded()))) }
    ons = [
      score(6.2 + 1.6 * centred + 0.4 * after + random.normal(mean: 0, deviation: 1.3)),
      score(6.8 + 1.2 * centred + 0.3 * after + random.normal(mean: 0, deviation: 1.2)),
      score(6.3 + 1.5 * centred + 0.4 * after + random.normal(mean: 0, deviation: 1.5)),
      score(4.3 - 1.4 * centred - 0.4 * after + random.normal(mean: 0, deviation: 1.9)),
    ]
    // Loneliness goes with lower wellbeing and falls a little by the end; one in ten skips it.
    let lonely = 2.1 - 1.1 * centred - 0.35 * after + random.normal(mean: 0, deviation: 0.9)
    if random.chance(0.9) {
      loneliness = min(4, max(0, Int(lonely.rounded())))
      ucla = (0..<3).map { _ in
        min(3, max(1, Int((1 + 0.45 * lonely + random.normal(mean: 0, deviation: 0.5)).rounded())))
      }
    } else {
      loneliness = nil
      ucla = []
    }
    if stage == .pre {
      satisfaction = nil
      recommend = nil
      comment = ""
      consent = ""
    } else {
      satisfaction = 1 + random.weighted([1, 2, 7, 35, 55])
      recommend = 10 - random.weighted([45, 25, 12, 7, 4, 3, 1, 1, 1, 0, 1])
      if random.chance(0.45) {
        comment = random.pick(CommentBank.programme(named: programme))
        consent = random.chance(0.6) ? "Yes" : "No"
      } else {
        comment = ""
        consent = random.chance(0.2) ? "No" : ""
      }
    }
    seconds = random.int(in: 9 * 3600...21 * 3600)
  }
}
