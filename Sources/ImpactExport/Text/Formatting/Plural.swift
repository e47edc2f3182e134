/// A count with its noun in the right number: `1 person`, `1,204 people`, `0 sessions`.
struct Plural {
  let one: String
  let many: String

  /// A noun's singular and plural (`Plural("person", "people")`).
  init(_ one: String, _ many: String) {
    self.one = one
    self.many = many
  }

  /// A noun that adds `s`.
  init(_ one: String) {
    self.init(one, one + "s")
  }

  /// The count and the noun: `1 person`, `12 people`.
  func callAsFunction(_ count: Double) -> String {
    UKNumber.whole(count) + " " + noun(count)
  }

  /// The noun alone, in the number the count calls for.
  func noun(_ count: Double) -> String {
    count.rounded() == 1 ? one : many
  }
}
