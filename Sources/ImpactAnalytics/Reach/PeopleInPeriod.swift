import ImpactModel

/// Each person in U(P) with what breakdowns by person need: their sessions in the period,
/// whether they are new, their label in each person field and their standing in each
/// priority group, all on their first attended date in the period.
struct PeopleInPeriod {
  /// A person's standing in a priority-group rule.
  enum Standing: UInt8 {
    case out, inside, notEvaluable
  }

  /// The people, by participant index, in ascending order.
  let people: [Int32]
  /// Attended sessions in the period, parallel to `people`.
  let sessions: [Int32]
  /// Whether the person is new to the organisation in the period, parallel to `people`.
  let isNew: [Bool]
  /// `labels[field][i]`: the label of `people[i]` in each field people are broken down by
  /// (``PersonField/breakdownFields``), `nil` when unknown; no fields when the period has no
  /// breakdowns.
  let labels: [PersonField: LabelColumn]
  /// `standing[rule][i]`: the standing of `people[i]` in each configured priority group.
  let standing: [[Standing]]

  /// Classifies the period's people; `breakdowns` false leaves out the labels, which only
  /// breakdowns by person field read.
  init(
    _ attendance: PeriodAttendance, reach: ReachRows, classifier: PersonClassifier,
    rules: [PriorityGroupRule], breakdowns: Bool
  ) {
    let ordered = attendance.all.people
    people = ordered
    sessions = attendance.all.attended
    isNew = ordered.map { reach.isNew($0) }
    var labels: [PersonField: LabelColumn] = [:]
    for field in breakdowns ? PersonField.breakdownFields : [] {
      var column = LabelColumn()
      for person in ordered {
        column.append(
          classifier.label(field, of: Int(person), on: attendance.firstDay(of: person)!))
      }
      labels[field] = column
    }
    self.labels = labels
    standing = rules.map { rule in
      let test = PriorityRuleTest(rule, participants: classifier.participants)
      return ordered.map { person in
        switch classifier.isIn(test, person: Int(person), on: attendance.firstDay(of: person)!) {
        case true?: return .inside
        case false?: return .out
        case nil: return .notEvaluable
        }
      }
    }
  }
}
