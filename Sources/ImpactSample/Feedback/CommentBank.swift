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

  /// Comments at the end of a longer programme.
  static let programme = [
    "Writing has helped me get through some hard weeks.",
    "I feel more confident speaking in front of people.",
    "Singing the old songs brought back so many memories",
    "I met people I now call friends",
    "I didn't think I was creative, but I am",
    "The online group got me out of my own head, even from my bedroom.",
    "Sometimes the link didn't work, but the tutors always sorted it",
    "Mum looks forward to Mondays now. Thank you.",
    "Performing in the sharing was terrifying, and the best thing I did this year",
    "It's the one afternoon a week I don't worry.\nPlease keep it going.",
    "I would like longer sessions",
    "Everyone is \"in it together\" here",
  ]
}
