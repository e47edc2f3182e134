/// Free-text comments for surveys, written for this sample. Some hold commas, quotes, line
/// breaks or a leading `+`, as real comments do.
enum CommentBank {
  /// Comments after a one-off session (families, pupils, patients).
  static let event = [
    "Loved it!",
    "The staff were so friendly and patient.",
    "My daughter hasn't stopped talking about it",
    "Brilliant, thank you",
    "Great session \u{2013} would come again",
    "A bit noisy, but we had fun.",
    "We made a kite, and it actually flew!",
    "She said it was \"the best Saturday ever\".",
    "More sessions in the holidays please",
    "Really welcoming.\nThank you to everyone.",
    "Too short - we wanted more time!",
    "+1 for the biscuits",
    "It cheered him up on a long day on the ward.",
    "I liked the clay best",
  ]

  /// Comments at the end of a longer programme: ones that fit any programme, and ones about
  /// a particular programme.
  static func programme(named name: String) -> [String] {
    general + (particular[name] ?? [])
  }

  static let general = [
    "I met people I now call friends",
    "I would like longer sessions",
    "Everyone is \"in it together\" here",
    "I feel more confident than when I started.",
  ]

  static let particular: [String: [String]] = [
    "Young Creatives": [
      "I didn't think I was creative, but I am", "Working with a real artist was amazing",
    ],
    "Youth Theatre": [
      "Performing in the sharing was terrifying, and the best thing I did this year",
      "I feel more confident speaking in front of people.",
    ],
    "Memory Caf\u{E9}": [
      "Singing the old songs brought back so many memories",
      "Mum looks forward to Mondays now. Thank you.",
      "It's the one afternoon a week I don't worry.\nPlease keep it going.",
    ],
    "Hospital Arts": ["It made the ward feel less like a ward."],
    "Prison Voices": [
      "Writing has helped me get through some hard weeks.",
      "I read my poem out loud for the first time",
    ],
    "Digital Art Club": [
      "The online group got me out of my own head, even from my bedroom.",
      "Sometimes the link didn't work, but the tutors always sorted it",
    ],
  ]
}
