import Foundation
import ImpactModel

@testable import ImpactIngest

/// The headline figures of a dataset as read, for tests that check a folder of exports
/// against figures worked out by hand: attendances (attended rows, a headcount counting its
/// number), people (distinct participants who attended), sessions (with an attendance),
/// feedback responses, wellbeing pairs (people with a `pre` and a `post` SWEMWBS score) and
/// income (awarded and received lines).
struct ExportFigures: Equatable, CustomStringConvertible {
  var attendances = 0
  var people = 0
  var sessions = 0
  var responses = 0
  var pairs = 0
  var income = 0.0

  init(
    attendances: Int = 0, people: Int = 0, sessions: Int = 0, responses: Int = 0,
    pairs: Int = 0, income: Double = 0
  ) {
    self.attendances = attendances
    self.people = people
    self.sessions = sessions
    self.responses = responses
    self.pairs = pairs
    self.income = income
  }

  init(_ dataset: Dataset) {
    let table = dataset.attendance
    var people: Set<Int32> = []
    var sessions: Set<Int32> = []
    for row in 0..<table.count where table.status[row] == .attended {
      if table.participant[row] >= 0 {
        attendances += 1
        people.insert(table.participant[row])
      } else {
        attendances += Int(table.headcount[row])
      }
      sessions.insert(table.session[row])
    }
    self.people = people.count
    self.sessions = sessions.count
    let feedback = dataset.feedback
    responses = feedback.count
    var pre: Set<Int32> = []
    var post: Set<Int32> = []
    for row in 0..<feedback.count where feedback.participant[row] >= 0 {
      guard feedback.swemwbsRaw[row] != nil else { continue }
      if feedback.stage[row] == .pre { pre.insert(feedback.participant[row]) }
      if feedback.stage[row] == .post { post.insert(feedback.participant[row]) }
    }
    pairs = pre.intersection(post).count
    income = dataset.funding.filter { $0.status == .awarded || $0.status == .received }
      .reduce(0) { $0 + $1.amount }
  }

  var description: String {
    "attendances \(attendances), people \(people), sessions \(sessions), responses "
      + "\(responses), pairs \(pairs), income \(income)"
  }
}

/// Reads a folder of exports under `Fixtures/exports` with no impact.yml.
func readExports(_ name: String) throws -> Dataset {
  let path = Bundle.module.url(forResource: "Fixtures/exports/\(name)", withExtension: nil)!.path
  return try DataFolderReader(configuration: ImpactConfiguration()).read(folder: path)
}
