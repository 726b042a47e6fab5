//! Constructions seen in real news copy, each in a minimal invented sentence: the quote
//! found, its kind and its speaker. Written after checking the annotator on public news
//! pages (never copied here).

use saywho::annotate::annotate;
use saywho::model::{Annotated, Article, QuoteKind};

fn quotes(body: &str) -> Vec<(String, QuoteKind, Option<String>)> {
    quotes_in("Harbour news", body, false)
}

/// Quotes of the headline `title` over `body`: (text, kind, speaker).
fn title_quotes(title: &str, body: &str) -> Vec<(String, QuoteKind, Option<String>)> {
    quotes_in(title, body, true)
}

/// Some headline quote of `title` (with text `text`, when given) has speaker `who`.
fn has_title_speaker(title: &str, body: &str, text: Option<&str>, who: &str) {
    let qs = title_quotes(title, body);
    assert!(
        qs.iter()
            .any(|(t, _, w)| text.is_none_or(|x| t == x) && w.as_deref() == Some(who)),
        "{qs:#?}"
    );
}

/// The annotation of an article with headline `title` and text `body`.
fn annotated(title: &str, body: &str) -> Annotated {
    let (paragraphs, captions) = saywho::ingest::text::parse_body(body);
    annotate(&Article {
        title: title.into(),
        paragraphs,
        captions,
        ..Default::default()
    })
}

/// The kind of the actor named `name` in `a`, if there is one.
fn kind_of(a: &Annotated, name: &str) -> Option<saywho::model::ActorKind> {
    a.actors.iter().find(|x| x.name == name).map(|x| x.kind)
}

fn quotes_in(
    title: &str,
    body: &str,
    title_only: bool,
) -> Vec<(String, QuoteKind, Option<String>)> {
    let a = annotated(title, body);
    a.quotes
        .iter()
        .filter(|q| !title_only || q.part == saywho::model::Part::Title)
        .map(|q| {
            let who = q.speaker.as_ref().map(|s| {
                s.actor
                    .as_ref()
                    .and_then(|id| a.actor(id))
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| s.name.clone())
            });
            (q.text.clone(), q.kind, who)
        })
        .collect()
}

fn has(body: &str, text: &str, kind: QuoteKind, who: &str) {
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == text && *k == kind && w.as_deref() == Some(who)),
        "wanted {kind:?} {text:?} by {who} in {body:?}; got {qs:#?}"
    );
}

/// Some reported clause in `body` has speaker `who`, whatever its words.
fn has_indirect_by(body: &str, who: &str) {
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(_, k, w)| *k == QuoteKind::Indirect && w.as_deref() == Some(who)),
        "{body}: {qs:#?}"
    );
}

/// The headline `title` over `body` holds `text` of `kind` by `who`.
fn title_has(title: &str, body: &str, text: &str, kind: QuoteKind, who: &str) {
    let qs = title_quotes(title, body);
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == text && *k == kind && w.as_deref() == Some(who)),
        "wanted {kind:?} {text:?} by {who} in the headline {title:?}; got {qs:#?}"
    );
}

#[test]
fn reported_speech_after_a_time_phrase_or_an_aside() {
    has(
        "Maria Lenz runs the port. Maria Lenz said on Monday the harbour would close in May.",
        "the harbour would close in May",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Maria Lenz said, despite the storm, the harbour was safe.",
        "the harbour was safe",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    // no clause after the time phrase: nothing reported
    assert!(quotes("Peter Brandt said on Tuesday.").is_empty());
}

#[test]
fn reported_speech_without_that() {
    has(
        "Maria Lenz told reporters the budget had been cut.",
        "the budget had been cut",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Maria Lenz admitted the plan had failed.",
        "the plan had failed",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Maria Lenz lamented that the ferry had stopped.",
        "the ferry had stopped",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    // a verb with an object, not a clause
    assert!(quotes("Karl Hofer announced the results on Monday.").is_empty());
    assert!(quotes("Karl Hofer told the story to his children.").is_empty());
}

#[test]
fn quoted_as_saying() {
    has(
        "Local radio quoted Maria Lenz as saying the ferry would stop.",
        "the ferry would stop",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "A news agency quoted Foreign Minister Sergei Lavrov as saying that Moscow was ready for talks.",
        "Moscow was ready for talks",
        QuoteKind::Indirect,
        "Sergei Lavrov",
    );
}

#[test]
fn a_team_or_company_before_the_role_is_not_the_speaker() {
    has(
        "\"We deserved it,\" said Rovers coach Peter Lenz.",
        "We deserved it,",
        QuoteKind::Direct,
        "Peter Lenz",
    );
    has(
        "\"We were terrible,\" said Norbank chief executive Karl Hofer.",
        "We were terrible,",
        QuoteKind::Direct,
        "Karl Hofer",
    );
}

#[test]
fn a_bare_quote_after_a_reported_clause_continues_its_speaker() {
    let body = "Norbank chief executive Karl Hofer said the bank was sound. \
                \"We have made much progress and the benefits will be significant.\"";
    has(
        body,
        "We have made much progress and the benefits will be significant.",
        QuoteKind::Direct,
        "Karl Hofer",
    );
    // in the next paragraph too
    let body = "Karl Hofer said the bank was sound.\n\n\"We have made much progress.\"";
    has(
        body,
        "We have made much progress.",
        QuoteKind::Direct,
        "Karl Hofer",
    );
}

#[test]
fn names_after_titles_and_bodies() {
    has(
        "Council President Karl Hofer said that the vote would be held in June.",
        "the vote would be held in June",
        QuoteKind::Indirect,
        "Karl Hofer",
    );
    has(
        "Chief of Police Anna Holm said that the road was closed.",
        "the road was closed",
        QuoteKind::Indirect,
        "Anna Holm",
    );
    has(
        "The ferry service will end, Minister for Transport and Ports Peter Brandt said on Tuesday.",
        "The ferry service will end",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    has(
        "Dr Maria Lenz of the British Antarctic Survey said that ice was melting.",
        "ice was melting",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
}

#[test]
fn organisation_names_with_and() {
    has(
        "The Ministry of Health and Wellness says the bridge is safe.",
        "the bridge is safe",
        QuoteKind::Indirect,
        "Ministry of Health and Wellness",
    );
    has(
        "The Food and Drug Administration said the drug was safe.",
        "the drug was safe",
        QuoteKind::Indirect,
        "Food and Drug Administration",
    );
}

#[test]
fn a_fronted_phrase_does_not_hold_the_subject() {
    let body = "Speaking alongside Anna Holm in Oslo, Peter Brandt said the council would \
                meet in May. \"It is a good step,\" he said.";
    has(
        body,
        "It is a good step,",
        QuoteKind::Direct,
        "Peter Brandt",
    );
}

#[test]
fn pronouns_follow_the_gender_of_first_names() {
    let body = "Maria Lenz met Peter Brandt on Monday. \"It is a good step,\" he said.";
    has(
        body,
        "It is a good step,",
        QuoteKind::Direct,
        "Peter Brandt",
    );
    let body = "Peter Brandt met Maria Lenz on Monday. \"We need calm,\" she said.";
    has(body, "We need calm,", QuoteKind::Direct, "Maria Lenz");
}

#[test]
fn epithets_point_to_the_person_the_story_follows() {
    let story = "Harbour coach Tomas Varga was not pleased with the draw.\n\n";
    for (body, said) in [
        ("\"We were poor,\" the tactician said.", "We were poor,"),
        (
            "Speaking after the match, a visibly tired 55-year-old said: \"We were poor.\"",
            "We were poor.",
        ),
        ("\"We go on,\" the Spaniard said.", "We go on,"),
        ("\"We go on,\" the veteran insisted.", "We go on,"),
    ] {
        has(
            &format!("{story}{body}"),
            said,
            QuoteKind::Direct,
            "Tomas Varga",
        );
    }
    // indefinite: someone new, not the person followed
    let qs = quotes(&format!("{story}\"It was a farce,\" a veteran said."));
    assert!(
        qs.iter()
            .all(|(_, _, w)| w.as_deref() != Some("Tomas Varga")),
        "{qs:?}"
    );
}

#[test]
fn a_second_verb_shares_the_subject() {
    has(
        "Tomas Varga sounded optimistic about the season and added: \"We will be back.\"",
        "We will be back.",
        QuoteKind::Direct,
        "Tomas Varga",
    );
    has(
        "A harbour spokesman declined to name the buyer but said talks had begun.",
        "talks had begun",
        QuoteKind::Indirect,
        "A harbour spokesman",
    );
}

#[test]
fn lowercase_titles_before_names_and_possessives_in_fronted_clauses() {
    // `police chief Rob Lenz` holds the role `police chief`
    has(
        "Utrecht police chief Rob Lenz spoke first.\n\n\"It was no random act,\" the local police chief said.",
        "It was no random act,",
        QuoteKind::Direct,
        "Rob Lenz",
    );
    // a name in a fronted clause, as a possessive, is not the subject the pronoun takes
    has(
        "Harbour coach Tomas Varga spoke after the game.\n\nWhile admitting his side lost to Juan Pedro Benali's men, the coach praised the fans.\n\nHe said: \"We go on.\"",
        "We go on.",
        QuoteKind::Direct,
        "Tomas Varga",
    );
}

#[test]
fn a_dateline_is_not_part_of_what_was_said() {
    has(
        "KARSK — The man suspected of the harbour fire is in custody, police said on Sunday.",
        "The man suspected of the harbour fire is in custody",
        QuoteKind::Indirect,
        "police",
    );
    has(
        "VALDOR, Ruritania, March 18 (Wire) – Police arrested a man near the port, a police chief said.",
        "Police arrested a man near the port",
        QuoteKind::Indirect,
        "a police chief",
    );
}

#[test]
fn a_one_word_company_and_its_pronouns() {
    let body = "Shares in Brenmark Tiles, the kitchen products manufacturer, fell 15 per cent.\n\n\
                Brenmark said sales for September were weak.\n\n\
                It said weakness in October had continued.\n\n\
                The company said that its profit would fall.";
    for said in [
        "sales for September were weak",
        "weakness in October had continued",
        "its profit would fall",
    ] {
        has(body, said, QuoteKind::Indirect, "Brenmark Tiles");
    }
}

#[test]
fn a_quote_paragraph_after_a_paragraph_about_someone() {
    has(
        "The outbreak grew.\n\nThis afternoon, Doctor Maria Lenz, director of public health, briefed reporters.\n\n\"We found five more cases.\"",
        "We found five more cases.",
        QuoteKind::Direct,
        "Maria Lenz",
    );
    // `Council President Francis ...`: a first name only the gendered lists hold
    has(
        "Council President Francis Acosta closed the meeting.\n\nHe also wanted residents to know he meant well.\n\n\"We are not monsters.\"",
        "We are not monsters.",
        QuoteKind::Direct,
        "Francis Acosta",
    );
}

#[test]
fn saint_abbreviations_inside_names() {
    has(
        "District Judge Amy St. Eve said the sentence was fair.",
        "the sentence was fair",
        QuoteKind::Indirect,
        "Amy St. Eve",
    );
}

#[test]
fn a_verb_form_used_as_a_noun_does_not_end_the_reported_clause() {
    has(
        "The judge noted that there were 50,000 federal and state statutes that punish felons.",
        "there were 50,000 federal and state statutes that punish felons",
        QuoteKind::Indirect,
        "The judge",
    );
    // a real second cue still ends it
    has(
        "Karl Hofer said the plan was fine and stated that it would pass.",
        "the plan was fine",
        QuoteKind::Indirect,
        "Karl Hofer",
    );
}

#[test]
fn a_time_phrase_between_the_speaker_and_the_verb_or_before_that() {
    has(
        "The county prosecutor on Tuesday said the two brothers would be tried together.",
        "the two brothers would be tried together",
        QuoteKind::Indirect,
        "The county prosecutor",
    );
    has(
        "Dana Pruitt, the chief prosecutor, on Tuesday said the case would go to trial.",
        "the case would go to trial",
        QuoteKind::Indirect,
        "Dana Pruitt",
    );
    has(
        "Ivo Marsh earlier this month said the plant would close.",
        "the plant would close",
        QuoteKind::Indirect,
        "Ivo Marsh",
    );
    // a bare day or `yesterday` after the verb is not part of what was said
    has(
        "Ivo Marsh said Thursday that the plant would close.",
        "the plant would close",
        QuoteKind::Indirect,
        "Ivo Marsh",
    );
    has(
        "Larkspur Foods announced yesterday that its finance chief will step down.",
        "its finance chief will step down",
        QuoteKind::Indirect,
        "Larkspur Foods",
    );
    has(
        "Ivo Marsh said Thursday the plant would close.",
        "the plant would close",
        QuoteKind::Indirect,
        "Ivo Marsh",
    );
}

#[test]
fn wire_datelines_are_neither_captions_nor_speakers() {
    // `CITY (Agency) -` opens the lead paragraph: it is body text, not a photo credit
    let body = "OSLO (Reuters) - Finnish Foreign Minister Aarne Koski said on Tuesday that the talks would resume.";
    let (paragraphs, captions) = saywho::ingest::text::parse_body(body);
    assert!(captions.is_empty(), "{captions:?}");
    assert_eq!(paragraphs.len(), 1);
    has(
        body,
        "the talks would resume",
        QuoteKind::Indirect,
        "Aarne Koski",
    );
    // a photo credit at the end of a short line still marks a caption
    let (_, captions) =
        saywho::ingest::text::parse_body("Aarne Koski in Oslo (Reuters)\n\nThe talks went on.");
    assert_eq!(captions, vec!["Aarne Koski in Oslo".to_string()]);
    // `CITY:` before the lead is a dateline, not an interview label
    let qs = quotes("OSLO: Goalkeeper Erik Halvorsen kept a clean sheet on Sunday in a derby.");
    assert!(qs.is_empty(), "{qs:?}");
    let qs = quotes("KARACHI: The provincial government said schools would reopen.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].2.as_deref(), Some("The provincial government"));
    // an interview label of someone the story names is still a speaker
    has(
        "Anna Roe is a nurse in Valdor.\n\nROE: It was hard for everyone.",
        "It was hard for everyone.",
        QuoteKind::Direct,
        "Anna Roe",
    );
}

#[test]
fn a_quote_paragraph_after_an_attributed_quote_goes_on_with_its_speaker() {
    let body = "\"The jury heard every word,\" Tom Felder said.\n\n\"We will appeal this verdict next week.\"\n\nThe court adjourned.";
    has(
        body,
        "We will appeal this verdict next week.",
        QuoteKind::Direct,
        "Tom Felder",
    );
    // not across a paragraph that quotes no one
    let body = "\"The jury heard every word,\" Tom Felder said.\n\nThe court adjourned until May.\n\n\"We will appeal this verdict next week.\"";
    let qs = quotes(body);
    let last = qs
        .iter()
        .find(|q| q.0.starts_with("We will appeal"))
        .unwrap();
    assert_ne!(last.2.as_deref(), Some("Tom Felder"), "{qs:?}");
}

#[test]
fn a_plural_possessive_apostrophe_is_no_quote_mark() {
    has(
        "Maria Lund said that the players’ contracts were signed.",
        "the players’ contracts were signed",
        QuoteKind::Indirect,
        "Maria Lund",
    );
    has(
        "Maria Lund said the players' union would strike.",
        "the players' union would strike",
        QuoteKind::Indirect,
        "Maria Lund",
    );
    // a closing single quote before a cue still closes
    has(
        "'We will win all our games' said Maria Lund.",
        "We will win all our games",
        QuoteKind::Direct,
        "Maria Lund",
    );
}

#[test]
fn a_person_noun_before_an_unfamiliar_name_and_hyphenated_adjectives() {
    let body = "Slovenian actress Ilvana Roskic won best actress on Sunday.\n\nAfter the ceremony, the actress said she felt uneasy taking credit for Oskar Lind's Oslo-set drama.\n\n\"I would be nothing without the rest of the cast,\" she told reporters.";
    has(
        body,
        "I would be nothing without the rest of the cast,",
        QuoteKind::Direct,
        "Ilvana Roskic",
    );
    has(
        body,
        "she felt uneasy taking credit for Oskar Lind's Oslo-set drama",
        QuoteKind::Indirect,
        "Ilvana Roskic",
    );
    let a = annotated("", body);
    assert!(
        a.actors.iter().all(|x| x.name != "Oslo-set"),
        "{:?}",
        a.actors
    );
    let roskic = a.actors.iter().find(|x| x.name == "Ilvana Roskic").unwrap();
    assert_eq!(roskic.kind, saywho::model::ActorKind::Person);
    // names with hyphens stay names
    has(
        "Rolls-Royce said it would cut jobs.",
        "it would cut jobs",
        QuoteKind::Indirect,
        "Rolls-Royce",
    );
}

#[test]
fn a_speaker_noun_for_a_body_is_the_speaker() {
    has(
        "A lawyer for the county said the contract was void.",
        "the contract was void",
        QuoteKind::Indirect,
        "A lawyer for the county",
    );
    has(
        "A spokeswoman for Larkspur Foods said the recall covered three states.",
        "the recall covered three states",
        QuoteKind::Indirect,
        "A spokeswoman for Larkspur Foods",
    );
}

#[test]
fn a_cue_between_two_joined_clauses_and_the_press_as_a_source() {
    has(
        "A deputy was injured in a crash during a pursuit, a sheriff said, and a driver was arrested Friday.",
        "A deputy was injured in a crash during a pursuit",
        QuoteKind::Indirect,
        "a sheriff",
    );
    has(
        "The driver refused to stop, local media said.",
        "The driver refused to stop",
        QuoteKind::Indirect,
        "local media",
    );
    // a dateline with a state's abbreviation is not part of what was said
    has(
        "WARRIOR, Ala. - A police officer was wounded in a shooting, a mayor said.",
        "A police officer was wounded in a shooting",
        QuoteKind::Indirect,
        "a mayor",
    );
}

#[test]
fn a_comma_after_said_before_the_clause() {
    has(
        "Coach Karin Holm was asked about the defeat. Holm said, it was too early to panic.",
        "it was too early to panic",
        QuoteKind::Indirect,
        "Karin Holm",
    );
}

#[test]
fn titles_of_works_in_quote_marks_are_not_quotes() {
    let body = "Actor Tomas Brell was honoured for his role in \"The Salt Road\". \"Winter Fields\" is the first feature by Latvian director Anna Ozola.\n\nThe jury praised the film \"Eyes of Heaven\" and the documentary \"Salt\".\n\n\"We are proud,\" Ozola said.";
    let qs = quotes(body);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    has(body, "We are proud,", QuoteKind::Direct, "Anna Ozola");
    // speech in title case next to a verb of saying is still speech
    has(
        "\"Never Again,\" Anna Ozola said.",
        "Never Again,",
        QuoteKind::Direct,
        "Anna Ozola",
    );
}

#[test]
fn a_participle_of_saying_after_a_comma_belongs_to_the_sentence_subject() {
    has(
        "The sheriff's office released no names, saying that the families had not yet been notified.",
        "the families had not yet been notified",
        QuoteKind::Indirect,
        "The sheriff's office",
    );
    has(
        "Maria Lenz rejected the offer, saying that it was too low.",
        "it was too low",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
}

#[test]
fn a_closing_mark_used_to_open_a_quote() {
    has(
        "The visitors lost 3-0 on Saturday. ”We were not good enough today,\" coach Jonas Berg said.",
        "We were not good enough today,",
        QuoteKind::Direct,
        "Jonas Berg",
    );
    has(
        "”We were not good enough today,” coach Jonas Berg said.",
        "We were not good enough today,",
        QuoteKind::Direct,
        "Jonas Berg",
    );
}

#[test]
fn a_cue_with_a_clause_hung_on_it_and_a_long_phrase_before_that() {
    has(
        "Negotiations on the border dispute are moving forward, Norwegian Foreign Minister Ingrid Dahl said on Tuesday in Oslo, where she met her Finnish counterpart.",
        "Negotiations on the border dispute are moving forward",
        QuoteKind::Indirect,
        "Ingrid Dahl",
    );
    has(
        "Finnish Foreign Minister Aarne Koski said on Tuesday after a meeting with the counterparts that they would meet again.",
        "they would meet again",
        QuoteKind::Indirect,
        "Aarne Koski",
    );
}

#[test]
fn a_body_and_a_title_before_a_name_are_the_role() {
    let body = "\"Thefts are down,\" says Harmon County Public Health Director Greta Vale.\n\nHarmon County Sheriff Tom Reyes said the road was closed.";
    has(body, "Thefts are down,", QuoteKind::Direct, "Greta Vale");
    has(
        body,
        "the road was closed",
        QuoteKind::Indirect,
        "Tom Reyes",
    );
    let a = annotated("", body);
    let vale = a.actors.iter().find(|x| x.name == "Greta Vale").unwrap();
    assert_eq!(
        vale.roles,
        vec!["Harmon County Public Health Director".to_string()]
    );
    // a demonym or a title word before the title keeps the rules it had
    has(
        "Borovian Prime Minister Irina Kovac said the talks would resume.",
        "the talks would resume",
        QuoteKind::Indirect,
        "Irina Kovac",
    );
}

#[test]
fn headlines_report_speech_without_quote_marks() {
    let body = "Finance Minister Anna Varga spoke in Valdor. Rovers coach Peter Lenz was \
                not there.";
    let one = |title: &str, text: &str, who: &str| {
        let got = title_quotes(title, body);
        assert_eq!(
            got,
            vec![(text.to_string(), QuoteKind::Indirect, Some(who.to_string()))],
            "{title}"
        );
    };
    // `X says CLAUSE`, `X tells Y CLAUSE`
    one(
        "Varga says budget will be balanced by 2027, rules out new taxes",
        "budget will be balanced by 2027",
        "Anna Varga",
    );
    one(
        "Varga tells Lenz the stadium loan is safe",
        "the stadium loan is safe",
        "Anna Varga",
    );
    // the cue after the words
    one(
        "The squad is not ready for the league yet, says Peter Lenz",
        "The squad is not ready for the league yet",
        "Peter Lenz",
    );
    // the speaker across a colon or a dash, with a phrase after the name
    one(
        "We gave away a soft goal – Lenz after the derby defeat",
        "We gave away a soft goal",
        "Peter Lenz",
    );
    one(
        "They deserved to win the game: Valdor FC's Lenz after the derby",
        "They deserved to win the game",
        "Peter Lenz",
    );
    // nothing is said in these
    for title in [
        "Varga warns over border drills",
        "Varga says sorry",
        "Harbour killing: 8 arrested after night raid",
        "Budget row: what the minister says about taxes",
        "Lenz: the making of a coach",
    ] {
        assert!(title_quotes(title, body).is_empty(), "{title}");
    }
}

#[test]
fn went_on_to_say() {
    has(
        "Maria Lenz praised the crew. She went on to say that the harbour would reopen in May.",
        "the harbour would reopen in May",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Peter Brandt went on to say the ferry timetable was under review.",
        "the ferry timetable was under review",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
}

#[test]
fn doubled_single_marks_are_double_quote_marks() {
    has(
        "‘‘We will not wait,’’ Maria Lenz said in Valdor.",
        "We will not wait,",
        QuoteKind::Direct,
        "Maria Lenz",
    );
    has(
        "Maria Lenz said the port was ''safe for now'' after the storm.",
        "safe for now",
        QuoteKind::Partial,
        "Maria Lenz",
    );
    has(
        "“The ferry will sail on Monday,’’ Peter Brandt told reporters.",
        "The ferry will sail on Monday,",
        QuoteKind::Direct,
        "Peter Brandt",
    );
}

#[test]
fn participle_cues_after_a_comma() {
    // the subject of a past tense before the comma says it
    has(
        "Analyst Tom Reyes disagreed, saying the supply chain remained fragile.",
        "the supply chain remained fragile",
        QuoteKind::Indirect,
        "Tom Reyes",
    );
    has(
        "Peter Brandt apologized to the family, saying he's visited the grave many times.",
        "he's visited the grave many times",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    // `X said, adding that`: the one who spoke goes on, not the subject of the quote
    has(
        "Coach Peter Lenz spoke after the match. The team had \"shown real character\", Lenz said, adding that the injury was not serious.",
        "the injury was not serious",
        QuoteKind::Indirect,
        "Peter Lenz",
    );
    // a participle with no clause of its own reports nothing
    assert!(quotes("Peter Brandt left the room, saying goodbye to the crew.").is_empty());
}

#[test]
fn reported_clauses_with_words_around_the_verb() {
    has(
        "Anna Varga warned the government was prepared to take action.",
        "the government was prepared to take action",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    has(
        "Norcastle Energy said Tuesday its quarterly revenue rose 17 percent.",
        "its quarterly revenue rose 17 percent",
        QuoteKind::Indirect,
        "Norcastle Energy",
    );
    has(
        "Maria Lenz said more ferries could be added next year.",
        "more ferries could be added next year",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Peter Brandt in December publicly said a tax increase would be needed.",
        "a tax increase would be needed",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    // `said more than once` is no clause
    assert!(
        quotes("Maria Lenz said more than once that she was tired of it.")
            .iter()
            .all(|(t, _, _)| !t.starts_with("more"))
    );
}

#[test]
fn a_reported_clause_ends_where_the_narration_goes_on() {
    has(
        "Anna Varga said the government would not be blackmailed, and she called on citizens to stay calm.",
        "the government would not be blackmailed",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    has(
        "Peter Lenz said the injury to the striker was not serious, and Maria Lenz agreed.",
        "the injury to the striker was not serious",
        QuoteKind::Indirect,
        "Peter Lenz",
    );
    // a joined clause after the comma is no cue of its own (`, and X agreed`)
    let qs = quotes("Peter Lenz added that the injury was not serious, and Maria Lenz agreed.");
    assert!(
        qs.iter()
            .all(|(_, _, w)| w.as_deref() == Some("Peter Lenz")),
        "{qs:#?}"
    );
}

#[test]
fn a_company_title_makes_its_qualifier_an_organisation() {
    use saywho::model::ActorKind;
    let a = annotated(
        "Chip shortage to ease",
        "Zentrix CEO Hanna Berg said the shortage would ease. Karsk Mayor Rudi Hanke agreed.",
    );
    let kind = |name: &str| kind_of(&a, name);
    assert_eq!(
        kind("Zentrix"),
        Some(ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    assert_eq!(kind("Karsk"), Some(ActorKind::Place), "{:#?}", a.actors);
    assert_eq!(kind("Hanna Berg"), Some(ActorKind::Person));
}

#[test]
fn a_surname_in_ian_before_a_verb_is_a_person() {
    let body = "President Robert Kocharian met army officials. \"We will act,\" Kocharian told the meeting. \"Order will hold,\" he said.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .all(|(_, _, w)| w.as_deref() == Some("Robert Kocharian")),
        "{qs:#?}"
    );
    assert_eq!(qs.len(), 2, "{qs:#?}");
}

#[test]
fn groups_and_firms_named_with_their_people() {
    has(
        "Lawyers for Peter Brandt said he would appeal.",
        "he would appeal",
        QuoteKind::Indirect,
        "Lawyers for Peter Brandt",
    );
    has(
        "Supporters of opposition leader Karl Hofer said the vote was rigged.",
        "the vote was rigged",
        QuoteKind::Indirect,
        "Supporters of opposition leader Karl Hofer",
    );
    // still the one person: `A lawyer for the Department of Justice`
    has(
        "A lawyer for the Department of Justice says the ministry plans to appeal.",
        "the ministry plans to appeal",
        QuoteKind::Indirect,
        "A lawyer for the Department of Justice",
    );
    // `research firm Canalys`: the firm's name is the source
    has(
        "Harbour traffic fell by a third last year, according to research firm Zentrix.",
        "Harbour traffic fell by a third last year",
        QuoteKind::Indirect,
        "Zentrix",
    );
}

#[test]
fn first_names_and_given_names_read_as_titles() {
    use saywho::model::ActorKind;
    // `Serena` alone is the one Serena of the story
    has(
        "Serena Karlsson won in straight sets. Serena admitted she had struggled on the grass.",
        "she had struggled on the grass",
        QuoteKind::Indirect,
        "Serena Karlsson",
    );
    // `Dean Skelos` is a name, not the title dean
    let a = annotated(
        "Court news",
        "Former senator Dean Roskic and his son Adam Roskic were sentenced. \"I love my son,\" a tearful Dean Roskic said.",
    );
    let q = &a.quotes[0];
    let who = q
        .speaker
        .as_ref()
        .and_then(|s| s.actor.as_ref())
        .and_then(|id| a.actor(id));
    assert_eq!(
        who.map(|x| x.name.as_str()),
        Some("Dean Roskic"),
        "{:#?}",
        a.actors
    );
    // the company an analyst works at is an organisation
    let a = annotated(
        "Markets",
        "Tim Roe, an analyst at Quenbridge, cut his target. Shares of Norvik fell 4 percent.",
    );
    for name in ["Quenbridge", "Norvik"] {
        assert_eq!(
            kind_of(&a, name),
            Some(ActorKind::Organization),
            "{name}: {:#?}",
            a.actors
        );
    }
}

#[test]
fn a_title_case_headline_names_no_one_new() {
    let a = annotated(
        "Harbour Chief Peter Brandt Sentenced To Five Years Behind Bars After Long Trial",
        "Former harbour chief Peter Brandt was sentenced on Tuesday. \"I am sorry,\" Brandt said.",
    );
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, vec!["Peter Brandt"], "{:#?}", a.actors);
}

#[test]
fn stray_spaces_colons_and_short_clauses() {
    // an opening mark with a space after it, where a sentence starts
    has(
        "\"The harbour is closed,\" said Peter Brandt. \" With the storm comes a duty. We stay,\" he added.",
        "With the storm comes a duty. We stay,",
        QuoteKind::Direct,
        "Peter Brandt",
    );
    // a colon before a quote ends the reported clause
    has(
        "Peter Brandt said he was changed: \"I do not know the man I was.\"",
        "he was changed",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    // two words are a clause after `that`
    has(
        "Maria Lenz said that cases rose.",
        "cases rose",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
}

#[test]
fn bodies_named_with_of_and_crowds_that_chant() {
    use saywho::model::ActorKind;
    let body = "The Karsk County Department of Health reported new cases. \"People must take care,\" the department said.";
    has(
        body,
        "People must take care,",
        QuoteKind::Direct,
        "Karsk County Department of Health",
    );
    let a = annotated("Health news", body);
    assert_eq!(
        kind_of(&a, "Karsk County Department of Health"),
        Some(ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    // a capitalised word opening a quote is no actor
    assert!(
        a.actors.iter().all(|x| x.name != "People"),
        "{:#?}",
        a.actors
    );
    has(
        "Some 5,000 supporters of opposition leader Karl Hofer marched, waving flags and chanting \"Freedom now!\"",
        "Freedom now!",
        QuoteKind::Partial,
        "Some 5,000 supporters of opposition leader Karl Hofer",
    );
}

#[test]
fn known_regions_states_and_cities_are_places() {
    use saywho::model::ActorKind;
    let a = annotated(
        "Storm news",
        "HOUSTON (AP) — New South Wales Premier Ada Bell and Washington State Governor Karl Hofer met in Texas. Hofer said the storm had passed.",
    );
    let kind = |name: &str| kind_of(&a, name);
    for place in ["Houston", "New South Wales", "Washington State", "Texas"] {
        assert_eq!(
            kind(place),
            Some(ActorKind::Place),
            "{place}: {:#?}",
            a.actors
        );
    }
    assert_eq!(
        kind("Karl Hofer"),
        Some(ActorKind::Person),
        "{:#?}",
        a.actors
    );
    assert_eq!(kind("Ada Bell"), Some(ActorKind::Person), "{:#?}", a.actors);
}

#[test]
fn relative_clauses_progressives_and_beliefs_expressed() {
    // a reporting verb in a relative clause ends before the sentence's own cue
    let qs = quotes(
        "Karl Hofer, who insists the meeting never happened, said on Monday that he never met Lenz.",
    );
    for text in ["the meeting never happened", "he never met Lenz"] {
        assert!(
            qs.iter().any(|(t, k, w)| t == text
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("Karl Hofer")),
            "{text}: {qs:#?}"
        );
    }
    has(
        "Doctors are advising patients that a cough does not always need a visit.",
        "a cough does not always need a visit",
        QuoteKind::Indirect,
        "Doctors",
    );
    // a noun of belief after `expressed`, and a participle whose subject is the
    // sentence's (not `the member states` in between)
    has(
        "Anna Varga pointed to the views shared by the member states, expressing hope that the summit would bring unity.",
        "the summit would bring unity",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    // a verb in a noun phrase is no cue
    assert!(quotes("Anna Varga expressed support for the plan.").is_empty());
}

#[test]
fn titles_of_bodies_findings_and_trailing_relative_clauses() {
    // `Police Chief` is the title, and `the chief` is him later
    let body = "\"He was calm,\" said Police Chief Karl Hofer. The chief also said that a car sought by police was found.";
    has(body, "He was calm,", QuoteKind::Direct, "Karl Hofer");
    has(
        body,
        "a car sought by police was found",
        QuoteKind::Indirect,
        "Karl Hofer",
    );
    // bare clauses after `alleged` and `found`
    has(
        "Prosecutors alleged Peter Brandt committed the act in anger.",
        "Peter Brandt committed the act in anger",
        QuoteKind::Indirect,
        "Prosecutors",
    );
    has(
        "The study found the glaciers had lost a third of their ice.",
        "the glaciers had lost a third of their ice",
        QuoteKind::Indirect,
        "The study",
    );
    // `found X to be Y` is no reported clause
    assert!(quotes("Karl Hofer found the paper to be riddled with errors.").is_empty());
    // a relative clause after an inverted cue, and the narrator's `but did not`
    has(
        "The man asked a clerk a question but left before receiving an answer, said Karl Hofer, who declined to say what was asked.",
        "The man asked a clerk a question but left before receiving an answer",
        QuoteKind::Indirect,
        "Karl Hofer",
    );
    has(
        "Karl Hofer said that the man had a record, but did not provide details.",
        "the man had a record",
        QuoteKind::Indirect,
        "Karl Hofer",
    );
    has(
        "A colleague of Anna Varga said the results were sound.",
        "the results were sound",
        QuoteKind::Indirect,
        "A colleague of Anna Varga",
    );
}

#[test]
fn a_headline_quote_is_said_by_whoever_says_it_in_the_body() {
    let qs = title_quotes(
        "Hospitals 'liable for superbug spread'",
        "Health minister Anna Varga said hospitals were \"liable for superbug spread\" if they ignored the rules.",
    );
    assert_eq!(
        qs,
        vec![(
            "liable for superbug spread".to_string(),
            QuoteKind::Partial,
            Some("Anna Varga".to_string())
        )]
    );
}

#[test]
fn a_surname_ending_in_ly_is_no_adverb() {
    has(
        "\"We will not wait,\" Irina Vesely said. Vesely said the talks would resume next week.",
        "the talks would resume next week",
        QuoteKind::Indirect,
        "Irina Vesely",
    );
}

#[test]
fn counties_are_places_and_named_speakers_are_people() {
    use saywho::model::ActorKind;
    let a = annotated(
        "Tax news",
        "Commissioners in Harmon County raised the tax rate. \"We had to do something,\" said Dee Grassel, a board member. The Harmon School District will lose funds.",
    );
    let kind = |name: &str| kind_of(&a, name);
    assert_eq!(
        kind("Harmon County"),
        Some(ActorKind::Place),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind("Dee Grassel"),
        Some(ActorKind::Person),
        "{:#?}",
        a.actors
    );
    assert_ne!(
        kind("Harmon School District"),
        Some(ActorKind::Place),
        "{:#?}",
        a.actors
    );
}

#[test]
fn contractions_after_told_and_an_area_word_alone() {
    has(
        "The county manager told commissioners they'd have to cut 30 jobs and close two libraries.",
        "they'd have to cut 30 jobs and close two libraries",
        QuoteKind::Indirect,
        "The county manager",
    );
    let a = annotated(
        "Tax news",
        "Harmon County raised its tax rate. County officials said the rise was needed.",
    );
    let county = a.actors.iter().find(|x| x.name == "Harmon County").unwrap();
    assert!(county.aliases.iter().all(|x| x != "County"), "{county:#?}");
}

#[test]
fn and_inside_a_body_name() {
    use saywho::model::ActorKind;
    let body = "According to the Valdor Center for Disease Control and Prevention, two in every 1,000 children die of the illness.";
    has(
        body,
        "two in every 1,000 children die of the illness",
        QuoteKind::Indirect,
        "Valdor Center for Disease Control and Prevention",
    );
    let a = annotated("Health news", body);
    assert_eq!(
        kind_of(&a, "Valdor Center for Disease Control and Prevention"),
        Some(ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    // but not a person named after a body (`the Ministry of Health and Anna Varga`)
    let a = annotated(
        "Health news",
        "The Ministry of Health and Anna Varga said the outbreak was over.",
    );
    assert!(
        a.actors.iter().any(|x| x.name == "Anna Varga"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_name_in_apposition_after_an_inverted_cue() {
    has(
        "\"We are drowning in taxes,\" said a Harmon County resident, David Allen.",
        "We are drowning in taxes,",
        QuoteKind::Direct,
        "David Allen",
    );
    // an unnamed speaker stays the phrase
    has(
        "\"We are drowning in taxes,\" said a Harmon County resident.",
        "We are drowning in taxes,",
        QuoteKind::Direct,
        "a Harmon County resident",
    );
}

#[test]
fn a_plural_possessor_before_a_name_is_its_own_actor() {
    let qs = title_quotes(
        "Rovers’ Lenz hails “magnificent” comeback",
        "Coach Peter Lenz praised his players after the match.",
    );
    assert_eq!(
        qs,
        vec![(
            "magnificent".to_string(),
            QuoteKind::Partial,
            Some("Peter Lenz".to_string())
        )]
    );
    // a union's name still holds its possessive
    let a = annotated(
        "Strike news",
        "The Transport Workers' Union said the strike would go on.",
    );
    assert!(
        a.actors
            .iter()
            .any(|x| x.name == "Transport Workers' Union"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn by_saying_and_after_saying() {
    has(
        "Mayor Anna Varga spoke last. The Mayor disagreed by saying, \"The plan will fail.\"",
        "The plan will fail.",
        QuoteKind::Direct,
        "Anna Varga",
    );
    has(
        "Peter Brandt responded by saying that the figures were wrong.",
        "the figures were wrong",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    has(
        "The ministry reacted by saying the report was biased.",
        "the report was biased",
        QuoteKind::Indirect,
        "The ministry",
    );
}

#[test]
fn a_cue_set_inside_the_reported_sentence() {
    has(
        "Maria Lenz met the council. The plan, she said, would cost the city millions.",
        "The plan, she said, would cost the city millions",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    // what was said starts after a colon; a narrator's opening phrase is left out
    has(
        "Researchers offer an explanation: Before birth, Anna Varga says, mammals dream of the world.",
        "Before birth, Anna Varga says, mammals dream of the world",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    has(
        "With doubts growing, Peter Brandt said, it was all opinion.",
        "it was all opinion",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    // a relative clause between commas is no cue
    assert!(quotes("The council, which said nothing, met on Monday in the old hall.").is_empty());
}

#[test]
fn a_quote_the_writers_sentence_runs_on_from_is_partial() {
    let body = "Maria Lenz returned to the court.\n\n\"It is not my job\" to think about other comments, she said.\n\n\"What matters is what happens on the court.\"";
    has(body, "It is not my job", QuoteKind::Partial, "Maria Lenz");
    // the next paragraph, one quote, is still hers
    has(
        body,
        "What matters is what happens on the court.",
        QuoteKind::Direct,
        "Maria Lenz",
    );
    // a cue right after the mark keeps it direct
    has(
        "\"We will win\" said Peter Lenz.",
        "We will win",
        QuoteKind::Direct,
        "Peter Lenz",
    );
}

#[test]
fn a_reported_clause_holding_a_quoted_fragment_is_reported_around_it() {
    let body = "Coach Gerhard Rach said his team played \"wonderfully well\" to force a draw after trailing at half-time.";
    has(
        body,
        "his team played \"wonderfully well\" to force a draw after trailing at half-time",
        QuoteKind::Indirect,
        "Gerhard Rach",
    );
    has(body, "wonderfully well", QuoteKind::Partial, "Gerhard Rach");
    // a fragment nobody was said to say inside the clause is the speaker's too
    has(
        "Inspector Ada Fitzgerald said a \"punch mark\" was found in the lower part of the door.",
        "punch mark",
        QuoteKind::Partial,
        "Ada Fitzgerald",
    );
    // but not when the marks open the clause or fill nearly all of it, nor when the
    // clause has a cue of its own
    for body in [
        "The ministry said only that it \"does not discuss private conversations\".",
        "Anna Varga emphasized \"that any repetition would be a deliberate act\" and left.",
        "Valdor was \"fully committed to the process,\" Olmec told the emir, according to the presidential office.",
    ] {
        assert!(
            !quotes(body).iter().any(|q| q.1 == QuoteKind::Indirect),
            "no reported clause around the quote in {body:?}: {:#?}",
            quotes(body)
        );
    }
}

#[test]
fn in_nested_reporting_the_inner_cue_wins() {
    let body = "Foreign Minister Sergei Malenko told the mediators that Borovia was ready to discuss the remaining files, a Qasimari official said.";
    let qs = quotes(body);
    assert_eq!(
        qs,
        vec![(
            "Borovia was ready to discuss the remaining files".to_string(),
            QuoteKind::Indirect,
            Some("Sergei Malenko".to_string())
        )]
    );
    let qs = quotes(
        "Chen Xiao said he was planning to sell his shares because the stock has no prospects, according to the report.",
    );
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].2.as_deref(), Some("Chen Xiao"));
}

#[test]
fn quoted_as_saying_with_a_lower_case_title_and_a_spokesman() {
    has(
        "Local radio quoted former chairman Peter Brandt as saying the ferry would stop.",
        "the ferry would stop",
        QuoteKind::Indirect,
        "Peter Brandt",
    );
    has(
        "Defence Minister Andrei Volkov said through a spokesman that the agreement was sound.",
        "the agreement was sound",
        QuoteKind::Indirect,
        "Andrei Volkov",
    );
}

#[test]
fn a_name_then_its_description_then_the_cue() {
    has(
        "The case was not confirmed until Wednesday, Doug Allred, a spokesman for the county hospital, said Friday.",
        "The case was not confirmed until Wednesday",
        QuoteKind::Indirect,
        "Doug Allred",
    );
    // `NAME, the ... expert, who said`: the name speaks
    has(
        "The trial was halted, according to Dr Anthony Fauci, the government's top infectious disease expert, who said: \"This is good news.\"",
        "This is good news.",
        QuoteKind::Direct,
        "Anthony Fauci",
    );
    // a pronoun after the verb opens a clause, the cue is no inversion (the speaker
    // is the phrase before the name in apposition, for now)
    has(
        "The union, the United Steelworkers of America, said it would strike on Monday.",
        "it would strike on Monday",
        QuoteKind::Indirect,
        "The union",
    );
}

#[test]
fn surnames_are_not_acronyms_and_relatives_speak() {
    let a = annotated(
        "City pay",
        "Alderman Jeff Coe voted against the plan.\n\nCoe said he understood that some employees felt betrayed.",
    );
    assert!(
        kind_of(&a, "Council of Europe").is_none(),
        "{:#?}",
        a.actors
    );
    has(
        "Alderman Jeff Coe voted against the plan.\n\nCoe said he understood that some employees felt betrayed.",
        "he understood that some employees felt betrayed",
        QuoteKind::Indirect,
        "Jeff Coe",
    );
    has(
        "\"I am left with a lifelong feeling of sadness,\" Arroyo's mother said.",
        "I am left with a lifelong feeling of sadness,",
        QuoteKind::Direct,
        "Arroyo's mother",
    );
    let a = annotated(
        "Roads",
        "The Washington State Patrol said the road was closed. The United Steelworkers of America said it would strike.",
    );
    assert_eq!(
        kind_of(&a, "Washington State Patrol"),
        Some(saywho::model::ActorKind::Organization)
    );
    assert!(kind_of(&a, "United States").is_none(), "{:#?}", a.actors);
}

#[test]
fn long_titles_tickers_documents_and_fronted_cues() {
    has(
        "\"It's unacceptable,\" Vice President of External Affairs Samer Naji said.",
        "It's unacceptable,",
        QuoteKind::Direct,
        "Samer Naji",
    );
    has(
        "Laida Acevedo's statement said the family was grateful for the support.",
        "the family was grateful for the support",
        QuoteKind::Indirect,
        "Laida Acevedo",
    );
    has(
        "As Merrit Kennedy reported on Saturday morning, police believe the man acted alone.",
        "police believe the man acted alone",
        QuoteKind::Indirect,
        "Merrit Kennedy",
    );
    has(
        "After the vote, prices rose sharply, the analyst said.",
        "After the vote, prices rose sharply",
        QuoteKind::Indirect,
        "the analyst",
    );
    // an opening phrase alone is no clause
    assert!(quotes("In his address, delivered a week before, Olmec said nothing new.").is_empty());
    let a = annotated(
        "Phones",
        "Motorola Inc. (NYSE: MOT) said sales rose, while Nokia (NOK1V.HE) lagged.",
    );
    assert!(
        kind_of(&a, "MOT").is_none() && kind_of(&a, "NOK1V").is_none(),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind_of(&a, "Nokia"),
        Some(saywho::model::ActorKind::Organization)
    );
}

#[test]
fn phrases_that_look_like_reported_clauses_but_are_not() {
    for body in [
        "Union members also complained about the provision, saying it would cut their pay.",
        "\"The forwards did well,\" Coach Ravi Rach said referring to the training camp.",
        "The hospitals will admit new patients who will be sent to areas considered clear.",
    ] {
        let qs = quotes(body);
        assert!(
            !qs.iter().any(|q| q.0.starts_with("about")
                || q.0.starts_with("referring")
                || q.0.starts_with("new patients")),
            "{body:?}: {qs:#?}"
        );
    }
}

#[test]
fn ranks_offices_and_union_names() {
    has(
        "Police Sgt. John Miller said the driver fled.",
        "the driver fled",
        QuoteKind::Indirect,
        "John Miller",
    );
    let a = annotated(
        "Unions",
        "Virginia Gov. Bob McDonnell met the Teamsters and United Steelworkers of America, and the Transport & General Workers Union, according to the federal Centers for Disease Control and Prevention.",
    );
    for (name, kind) in [
        ("Bob McDonnell", saywho::model::ActorKind::Person),
        ("Virginia", saywho::model::ActorKind::Place),
        (
            "United Steelworkers of America",
            saywho::model::ActorKind::Organization,
        ),
        (
            "Transport & General Workers Union",
            saywho::model::ActorKind::Organization,
        ),
        (
            "Centers for Disease Control and Prevention",
            saywho::model::ActorKind::Organization,
        ),
    ] {
        assert_eq!(kind_of(&a, name), Some(kind), "{name}: {:#?}", a.actors);
    }
}

#[test]
fn a_short_name_joins_the_full_name_met_later_or_after_a_body_and_title() {
    let a = annotated(
        "Rohit Sharma says loss is a collective failure",
        "\"It is a collective failure,\" Rohit said in the post-match presentation.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("It is"))
        .unwrap();
    let id = q.speaker.as_ref().and_then(|s| s.actor.clone()).unwrap();
    assert_eq!(a.actor(&id).map(|x| x.name.as_str()), Some("Rohit Sharma"));
    has(
        "Bank of America Governor Jerome Powell, testifying before a Senate panel on Tuesday, said he could raise rates.\n\n\"The data came in stronger than expected,\" Powell said.",
        "The data came in stronger than expected,",
        QuoteKind::Direct,
        "Jerome Powell",
    );
}

#[test]
fn bodies_titles_and_sources_before_and_after_names() {
    has(
        "The bus drifted off the road, California Highway Patrol Officer Axel Reyes said.",
        "The bus drifted off the road",
        QuoteKind::Indirect,
        "Axel Reyes",
    );
    has(
        "Kansas Secretary of Health and Environment Rod Bremby said the permit was denied.",
        "the permit was denied",
        QuoteKind::Indirect,
        "Rod Bremby",
    );
    has(
        "Jewett died instantly of massive injuries, said Fresno County Coroner Dr. David Hadden.",
        "Jewett died instantly of massive injuries",
        QuoteKind::Indirect,
        "David Hadden",
    );
    has(
        "The firm will cut 6% of its workforce, according to a report from USA Today.",
        "The firm will cut 6% of its workforce",
        QuoteKind::Indirect,
        "USA Today",
    );
    has(
        "Human Genome Sciences Inc. said on Monday its experimental drug was successful.",
        "its experimental drug was successful",
        QuoteKind::Indirect,
        "Human Genome Sciences Inc",
    );
    // the inner participle cue wins over the one closing the sentence
    has(
        "Wang Yi also invited Cho to Beijing, saying he hopes to cooperate closely, the ministry said in a press release.",
        "he hopes to cooperate closely",
        QuoteKind::Indirect,
        "Wang Yi",
    );
    // two people joined by `and` stay two
    let a = annotated(
        "Talks",
        "Secretary of State John Kerry and Defence Secretary Chuck Hagel met the ministers.",
    );
    assert_eq!(
        kind_of(&a, "John Kerry"),
        Some(saywho::model::ActorKind::Person)
    );
    assert_eq!(
        kind_of(&a, "Chuck Hagel"),
        Some(saywho::model::ActorKind::Person)
    );
}

#[test]
fn two_titled_people_joined_by_and_stay_two() {
    let a = annotated(
        "Merger",
        "Bank of America CEO Ken Lewis and Merrill Lynch CEO John Thain said the deal was good.",
    );
    assert_eq!(
        kind_of(&a, "Ken Lewis"),
        Some(saywho::model::ActorKind::Person)
    );
    assert_eq!(
        kind_of(&a, "John Thain"),
        Some(saywho::model::ActorKind::Person)
    );
}

#[test]
fn a_given_name_after_a_title_and_malaysian_honours() {
    has(
        "The paper will close, MediaNews Publisher Dean Singleton said.\n\nThe Post would survive, Singleton said.",
        "The Post would survive",
        QuoteKind::Indirect,
        "Dean Singleton",
    );
    has(
        "\"The deal is a mere gimmick,\" Datuk Seri Hamzah Zainudin said.",
        "The deal is a mere gimmick,",
        QuoteKind::Direct,
        "Hamzah Zainudin",
    );
}

#[test]
fn a_participle_phrase_left_open_after_the_speakers_name() {
    has(
        "Bank of America Governor Jerome Powell, testifying before a Senate panel on Tuesday (7/3) said he could raise rates.",
        "he could raise rates",
        QuoteKind::Indirect,
        "Jerome Powell",
    );
}

#[test]
fn early_before_a_day_is_a_time_phrase_not_a_clause() {
    has(
        "The state emergency agency confirmed early Wednesday that the latest victim died overnight.",
        "the latest victim died overnight",
        QuoteKind::Indirect,
        "emergency agency",
    );
    has(
        "The mayor said early voting would start on Monday.",
        "early voting would start on Monday",
        QuoteKind::Indirect,
        "The mayor",
    );
}

#[test]
fn a_body_named_before_its_common_noun_speaks() {
    has(
        "The CFDT union said the cuts would hit support functions.",
        "the cuts would hit support functions",
        QuoteKind::Indirect,
        "CFDT",
    );
}

#[test]
fn an_acronym_in_brackets_before_the_role_noun() {
    has(
        "A World Health Organization (WHO) spokesman said the outbreak was under control.",
        "the outbreak was under control",
        QuoteKind::Indirect,
        "A World Health Organization (WHO) spokesman",
    );
}

#[test]
fn a_cue_between_commas_may_end_in_a_time() {
    has(
        "The new fares, Mayor Ada Holt said on Monday, will take effect in June.",
        "The new fares, Mayor Ada Holt said on Monday, will take effect in June",
        QuoteKind::Indirect,
        "Ada Holt",
    );
}

#[test]
fn romanised_given_names_with_a_lowercase_syllable_are_names() {
    let body = "Central Bank Governor Seo Min-jun said rates would stay on hold. \
                Seo said inflation was easing.\n\n\
                Economists Ha-eun Park and Ji-woo Lim said in a note that cuts could come later.";
    has(
        body,
        "rates would stay on hold",
        QuoteKind::Indirect,
        "Seo Min-jun",
    );
    has(
        body,
        "inflation was easing",
        QuoteKind::Indirect,
        "Seo Min-jun",
    );
    let a = annotated("Rates", body);
    assert!(
        a.actors.iter().any(|x| x.name == "Ji-woo Lim"),
        "{:#?}",
        a.actors
    );
    // an adjective made of a name and a lowercase word is still no name
    let a = annotated("Port", "The Oslo-based firm said it would hire.");
    assert!(
        a.actors.iter().all(|x| !x.name.contains("based")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn he_after_an_unnamed_spokesman_is_that_spokesman() {
    let body = "A spokesman for the port authority said the berth would reopen on Friday.\n\n\
                He added that no cargo had been lost.";
    has(
        body,
        "no cargo had been lost",
        QuoteKind::Indirect,
        "A spokesman for the port authority",
    );
    // a person named in between takes the pronoun
    let body = "A spokesman for the port authority said the berth would reopen.\n\n\
                Harbour master Tom Ekberg was less sure. He said the repairs could take weeks.";
    has(
        body,
        "the repairs could take weeks",
        QuoteKind::Indirect,
        "Tom Ekberg",
    );
    // and a spokeswoman is no `he`
    let body = "A spokeswoman for the port authority said the berth would reopen.\n\n\
                He said the repairs could take weeks.";
    let qs = quotes(body);
    let later = qs
        .iter()
        .find(|(t, _, _)| t == "the repairs could take weeks")
        .expect("the second clause is reported speech");
    assert_ne!(
        later.2.as_deref(),
        Some("A spokeswoman for the port authority"),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_paragraph_after_an_unnamed_persons_reported_speech() {
    let body = "Commenting on the rest of the market, the dealer noted that bank shares had slipped.\n\n\
                \"It is very quiet. Nobody wants to trade before the holidays.\"";
    has(
        body,
        "It is very quiet. Nobody wants to trade before the holidays.",
        QuoteKind::Direct,
        "the dealer",
    );
}

#[test]
fn a_headline_clause_holding_a_quoted_word_is_reported_speech() {
    let qs = title_quotes(
        "Port chief says new cranes are 'long overdue'",
        "Harbour master Tom Ekberg said on Monday that the cranes were long overdue.",
    );
    assert!(
        qs.iter()
            .any(|(t, k, _)| t == "new cranes are 'long overdue'" && *k == QuoteKind::Indirect),
        "{qs:#?}"
    );
    assert!(
        qs.iter()
            .any(|(t, k, _)| t == "long overdue" && *k == QuoteKind::Partial),
        "{qs:#?}"
    );
}

#[test]
fn letters_after_a_name_and_police_ranks_are_no_part_of_it() {
    let body = "Passing sentence, Judge Gerald Butler QC told Young that his act was grave.\n\n\
                Police spokesman ASP Henry Okoye said the suspect was arrested.";
    has(
        body,
        "his act was grave",
        QuoteKind::Indirect,
        "Gerald Butler",
    );
    has(
        body,
        "the suspect was arrested",
        QuoteKind::Indirect,
        "Henry Okoye",
    );
}

#[test]
fn a_headline_claim_then_a_dash_and_a_role() {
    let body = "Some schools will have to close on strike days, according to the education minister.\n\n\
                Union members are expected to strike on 1 February.\n\n\
                Jeremy Hale said head teachers were still counting staff.";
    let qs = title_quotes(
        "Wales schools: Some will shut on strike days - minister",
        body,
    );
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "Some will shut on strike days"
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("Jeremy Hale")),
        "{qs:#?}"
    );
    // and the lead's role is the person who speaks next
    has(
        body,
        "Some schools will have to close on strike days",
        QuoteKind::Indirect,
        "Jeremy Hale",
    );
    let qs = title_quotes(
        "Dozens feared missing off the coast: Italy's coast guard",
        "Rescuers searched the sea overnight.",
    );
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "Dozens feared missing off the coast"
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("Italy's coast guard")),
        "{qs:#?}"
    );
}

#[test]
fn a_lead_role_is_not_given_to_a_person_named_before_it() {
    // Okafor is named before the judge speaks: the judge is someone else
    let body = "Defendant Ruth Okafor wept in the dock.\n\n\
                The sentence reflected the harm done, the judge said.\n\n\
                Okafor said she was sorry.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|(t, _, _)| t.starts_with("The sentence reflected"))
        .expect("the judge's words are found");
    assert_ne!(q.2.as_deref(), Some("Ruth Okafor"), "{qs:#?}");
}

#[test]
fn a_closing_cue_after_a_clause_holding_quoted_words() {
    let body = "May 2 (Reuters) – Easing the blockade is part of talks between the two ports, \
                which are \u{201c}difficult\u{201d} but continue daily, Harbour Minister Ada Holt said on Saturday.";
    has(
        body,
        "Easing the blockade is part of talks between the two ports, which are \u{201c}difficult\u{201d} but continue daily",
        QuoteKind::Indirect,
        "Ada Holt",
    );
    has(body, "difficult", QuoteKind::Partial, "Ada Holt");
}

#[test]
fn a_long_addressee_and_place_before_that() {
    has(
        "But Holt told Channel 4's Maya Lund at the bank's annual meeting in Incheon that those hopes were premature.",
        "those hopes were premature",
        QuoteKind::Indirect,
        "Holt",
    );
}

#[test]
fn a_participle_after_a_cue_between_commas_is_the_writers() {
    has(
        "Norbank sees its card business as vital, its chief executive said, brushing aside calls to sell it.",
        "Norbank sees its card business as vital",
        QuoteKind::Indirect,
        "its chief executive",
    );
}

#[test]
fn places_and_companies_known_by_the_word_after_them() {
    let a = annotated(
        "Storm",
        "Hail lashed the Tarnow district on Saturday. Civic chiefs in neighbouring Lindholm \
         will decide. Media group Verlo shares rose 5%.\n\nCr Don Pember said the rise was fair.",
    );
    use saywho::model::ActorKind;
    assert_eq!(
        kind_of(&a, "Tarnow"),
        Some(ActorKind::Place),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind_of(&a, "Lindholm"),
        Some(ActorKind::Place),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind_of(&a, "Verlo"),
        Some(ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind_of(&a, "Don Pember"),
        Some(ActorKind::Person),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_lead_body_named_in_the_next_paragraph() {
    let body = "Plans to widen the ring road would \"wreck the valley\", the county council has said.\n\n\
                Harlow County Council objected to the plans at a meeting on Tuesday.";
    has(
        body,
        "wreck the valley",
        QuoteKind::Partial,
        "Harlow County Council",
    );
}

#[test]
fn a_role_then_a_name_right_before_the_verb_is_the_person() {
    has(
        "The lawyer for the accused Thandi Mokoena said her client was available.",
        "her client was available",
        QuoteKind::Indirect,
        "Thandi Mokoena",
    );
    // a name after a preposition is no apposition
    let qs = quotes("A colleague of Mokoena said time was running out.");
    assert!(
        qs.iter().all(|(_, _, w)| w.as_deref() != Some("Mokoena")),
        "{qs:#?}"
    );
}

#[test]
fn the_company_is_the_body_the_story_is_about() {
    let body = "Shares in Quintrel rose 30% after the bid. Holders of shares in Quintrel will get \
                200 pence a share.\n\n\
                Rival bidder Corvane declined to comment. The offer values Quintrel at 1bn.\n\n\
                The Quintrel directors consider the terms \"fair and reasonable\", the company said in a statement.";
    has(body, "fair and reasonable", QuoteKind::Partial, "Quintrel");
}

#[test]
fn a_dateline_of_two_words_and_a_colon_then_an_inverted_cue_with_an_acronym() {
    let body = "PORT ELLEN: The by-election which ended today showed a rise in turnout, says \
                Election Board (EB) chairman Amir Rahman Salleh.\n\n\
                Amir said he was satisfied.";
    has(
        body,
        "The by-election which ended today showed a rise in turnout",
        QuoteKind::Indirect,
        "Amir Rahman Salleh",
    );
    let qs = quotes(body);
    assert!(
        qs.iter().all(|(_, k, _)| *k != QuoteKind::Direct),
        "a dateline is no interview label: {qs:#?}"
    );
}

#[test]
fn reflective_verbs_of_saying() {
    let body = "Man of the match Dan Hurley was in high spirits.\n\n\
                \"We want to win, and we want to do it well,\" he reflected.";
    has(
        body,
        "We want to win, and we want to do it well,",
        QuoteKind::Direct,
        "Dan Hurley",
    );
}

#[test]
fn told_an_addressee_then_a_clause_in_the_past() {
    has(
        "Ko Min, who heads the camp youth group, told AFP the new ration cut came as a surprise \
         to the families and that it would lead to hunger.",
        "the new ration cut came as a surprise to the families and that it would lead to hunger",
        QuoteKind::Indirect,
        "Ko Min",
    );
}

#[test]
fn the_last_word_of_a_body_named_before_is_that_body() {
    let body = "Police fired tear gas in Tarnow, the Valdor Evening Chronicle reported.\n\n\
                Scuffles broke out when officers moved in, the Chronicle said.";
    has(
        body,
        "Scuffles broke out when officers moved in",
        QuoteKind::Indirect,
        "Valdor Evening Chronicle",
    );
}

#[test]
fn a_name_before_a_person_noun_modifies_it_and_particles_join_surnames() {
    has(
        "People would not wait that long, according to a Harbour Gazette reader who photographed the sign.",
        "People would not wait that long",
        QuoteKind::Indirect,
        "a Harbour Gazette reader",
    );
    has(
        "Prosecutor Sipho Ndlovu kaMsizi claimed that the accused refused to take part.",
        "the accused refused to take part",
        QuoteKind::Indirect,
        "Sipho Ndlovu kaMsizi",
    );
}

#[test]
fn he_after_a_speaker_with_an_unlisted_given_name_and_an_appositive() {
    let body = "Rations would be cut, spokesperson Kun Li told AFP in an email.\n\n\
                Tadeo Marsk, who heads the youth group, said the decision would lead to hunger.\n\n\
                \"It is a shameful action,\" he said.";
    has(
        body,
        "It is a shameful action,",
        QuoteKind::Direct,
        "Tadeo Marsk",
    );
}

#[test]
fn of_two_joined_subjects_the_first_speaks() {
    has(
        "Anna Varga and Peter Brandt said the talks had failed.",
        "the talks had failed",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    has(
        "Police and a local photographer said the crowd was dispersed.",
        "the crowd was dispersed",
        QuoteKind::Indirect,
        "Police",
    );
}

#[test]
fn a_possessor_then_a_role_then_the_speaker_after_an_inverted_cue() {
    has(
        "\"This is a unique case,\" said Okafor's defense attorney Dave Mejia.",
        "This is a unique case,",
        QuoteKind::Direct,
        "Dave Mejia",
    );
    has(
        "\"This is more than a win,\" said Karsk's Jason Terry after the game.",
        "This is more than a win,",
        QuoteKind::Direct,
        "Jason Terry",
    );
}

#[test]
fn a_closing_mark_with_no_space_after_it() {
    has(
        "\"I was not expecting that to happen,\"said Dave Mejia as he addressed the jury.",
        "I was not expecting that to happen,",
        QuoteKind::Direct,
        "Dave Mejia",
    );
}

#[test]
fn a_lead_official_is_the_office_holder_named_next() {
    let body = "Valdor's top health official says the threat seems to have passed.\n\n\
                Eleven people fell ill last month.\n\n\
                \"There has been no new case since May,\" Health Commissioner Ada Holt said Monday.";
    has(
        body,
        "the threat seems to have passed",
        QuoteKind::Indirect,
        "Ada Holt",
    );
}

#[test]
fn a_speaker_reporting_its_own_words_in_a_headline() {
    let qs = title_quotes(
        "Ruritania says it told partners 'early enough' of the envoy's visit",
        "Ruritania said on Monday it had told its partners in good time.",
    );
    assert!(
        qs.iter().any(
            |(t, k, w)| t == "it told partners 'early enough' of the envoy's visit"
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("Ruritania")
        ),
        "{qs:#?}"
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t == "early enough" && w.as_deref() == Some("Ruritania")),
        "{qs:#?}"
    );
}

#[test]
fn they_after_an_unnamed_group_is_that_group() {
    let body = "Inspectors said they are also writing to the other tenants.\n\n\
                They said the boiler was fitted without a permit.";
    has(
        body,
        "the boiler was fitted without a permit",
        QuoteKind::Indirect,
        "Inspectors",
    );
    // an organisation that speaks in between takes `they` back
    let body = "Inspectors said they are also writing to the other tenants.\n\n\
                Harlow Housing Trust said it would pay for the repairs.\n\n\
                They said the boiler was fitted without a permit.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, _, w)| t == "the boiler was fitted without a permit"
                && w.as_deref() == Some("Harlow Housing Trust")),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_left_open_at_a_paragraph_end_goes_on_in_the_next() {
    let body = "Inspectors said: \"We found the pipe cracked under the floor.\n\n\
                \"It is not acceptable.\"";
    has(
        body,
        "It is not acceptable.",
        QuoteKind::Direct,
        "Inspectors",
    );
}

/// The speaker of the quote holding `text`.
fn speaker_of(body: &str, text: &str) -> Option<String> {
    quotes(body)
        .into_iter()
        .find(|(t, _, _)| t.contains(text))
        .and_then(|(_, _, w)| w)
}

#[test]
fn styles_and_short_titles_are_not_part_of_a_name() {
    // Malaysian styles, a paired style, a short police rank, a short office
    for (body, name) in [
        (
            "Perak police chief Comm Datuk Ab Rahim Salleh said the driver was remanded.\n\n\
             Comm Rahim said the case was referred to prosecutors.",
            "Ab Rahim Salleh",
        ),
        (
            "Dewan Negara Speaker Tan Sri Awang Karim Jusoh said the motion was late.\n\n\
             Awang Karim said the rules were clear.",
            "Awang Karim Jusoh",
        ),
        (
            "District director Chief Supt. Rommel Aquino said the suspect was caught.\n\n\
             Aquino said the case was closed.",
            "Rommel Aquino",
        ),
        (
            "Health Ministry DG Datuk Dr Lim Wei Ming said the wards were full.\n\n\
             Lim Wei said the cases were traced.",
            "Lim Wei Ming",
        ),
        (
            "Metalworkers General-Secretary Sipho Ndaba said the strike would go on.\n\n\
             Ndaba said the offer was too low.",
            "Sipho Ndaba",
        ),
    ] {
        let second = body.split("\n\n").nth(1).unwrap_or_default();
        let said = second.split(" said ").nth(1).unwrap_or_default();
        assert_eq!(
            speaker_of(body, said.trim_end_matches('.')).as_deref(),
            Some(name),
            "{body}"
        );
        let first = quotes(body).into_iter().next().and_then(|(_, _, w)| w);
        assert_eq!(first.as_deref(), Some(name), "{body}");
    }
}

#[test]
fn a_lowercase_particle_inside_a_name() {
    let body = "Police chief General Renato dela Cruz said one suspect was held.\n\n\
                Dela Cruz said the blast was not linked to the first.";
    assert_eq!(
        speaker_of(body, "the blast").as_deref(),
        Some("Renato dela Cruz")
    );
    assert_eq!(
        speaker_of(body, "one suspect").as_deref(),
        Some("Renato dela Cruz")
    );
}

#[test]
fn the_head_noun_of_a_body_named_before_is_that_body() {
    let body = "The Tana River Heritage Foundation runs two reserves.\n\n\
                The foundation says the herd has doubled since 2019.";
    has(
        body,
        "the herd has doubled since 2019",
        QuoteKind::Indirect,
        "Tana River Heritage Foundation",
    );
}

#[test]
fn a_speech_word_after_a_possessive_is_a_noun() {
    // `the school's answer` is no cue: the quote is the parent's, named as `he`
    let body = "Farida Osei, 41, has a daughter in Year 8.\n\n\
                The Lakeside Academy said the roof was sound.\n\n\
                'They told us it was damp.' That is how another parent, Tomas Vail, \
                recalls the school's answer when he complained in May.";
    assert_eq!(
        speaker_of(body, "They told us it was damp").as_deref(),
        Some("Tomas Vail")
    );
}

#[test]
fn a_body_named_over_and_and_its_undefined_acronym_are_one_actor() {
    let a = annotated(
        "Watchdog NMRC sues port operator",
        "The Northern Maritime and Rail Commission said the operator misled investors.\n\n\
         NMRC chair Ida Varn said the case was filed on Monday.",
    );
    let body = a
        .actors
        .iter()
        .find(|x| x.name == "Northern Maritime and Rail Commission")
        .unwrap_or_else(|| panic!("{:#?}", a.actors));
    assert!(body.aliases.iter().any(|x| x == "NMRC"), "{body:#?}");
    assert!(
        !a.actors.iter().any(|x| x.name == "Rail Commission"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn letters_after_a_barristers_name_are_not_the_name() {
    let body = "Prosecuting counsel Mr Conal Breen BL said the delay was deliberate.\n\n\
                Mr Breen said the accused had missed two dates.";
    assert_eq!(
        speaker_of(body, "the delay").as_deref(),
        Some("Conal Breen")
    );
    assert_eq!(
        speaker_of(body, "the accused had missed").as_deref(),
        Some("Conal Breen")
    );
}

#[test]
fn the_subject_of_was_told_heard_the_words_and_did_not_say_them() {
    let qs = quotes(
        "The gates to the park were locked and the crew walked \"very slowly\", the inquest was told.",
    );
    assert!(
        qs.iter().any(
            |(t, k, w)| t.starts_with("The gates to the park were locked")
                && *k == QuoteKind::Indirect
                && w.is_none()
        ),
        "{qs:#?}"
    );
    // the quoted words inside are reported words (partial), though nobody is named
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "very slowly" && *k == QuoteKind::Partial && w.is_none()),
        "{qs:#?}"
    );
    // an active `told` still names its speaker
    has(
        "The gates were locked, Ada Roe told the inquest.",
        "The gates were locked",
        QuoteKind::Indirect,
        "Ada Roe",
    );
}

#[test]
fn it_after_a_body_named_in_a_missed_cue_is_that_body() {
    let body = "Job cuts will spread, given the weak outlook, the Federation of Dock Trades \
                (FDT) said.\n\n\
                \"We call on employers to consult the unions first,\" it said.";
    assert_eq!(
        speaker_of(body, "We call on employers").as_deref(),
        Some("Federation of Dock Trades")
    );
    has(
        body,
        "Job cuts will spread, given the weak outlook",
        QuoteKind::Indirect,
        "Federation of Dock Trades",
    );
}

#[test]
fn a_body_named_inside_a_longer_noun_phrase_speaks() {
    let body = "The state-run Korvan rail company said the line would reopen in June.";
    has(
        body,
        "the line would reopen in June",
        QuoteKind::Indirect,
        "Korvan",
    );
}

#[test]
fn a_shared_surname_alone_is_the_one_with_a_title() {
    let body = "Advocate Moses Kiprono asked the magistrate to free the suspects, Daniel \
                Kiprono and Paul Wekesa.\n\n\
                Kiprono alleged that officers had planted the evidence.";
    has(
        body,
        "officers had planted the evidence",
        QuoteKind::Indirect,
        "Moses Kiprono",
    );
}

#[test]
fn a_possessor_and_a_title_modifier_before_a_coordinated_subject() {
    let body = "On Monday, Harlow's former finance director Ewan Pike settled the claim and \
                said he warned the board about the accounts.";
    has(
        body,
        "he warned the board about the accounts",
        QuoteKind::Indirect,
        "Ewan Pike",
    );
}

#[test]
fn a_name_after_including_belongs_among_the_speakers() {
    let body = "\"We trust the review,\" board members, including former mayor Ada Lund, \
                said in a statement.";
    has(
        body,
        "We trust the review,",
        QuoteKind::Direct,
        "board members",
    );
}

#[test]
fn they_after_a_group_that_opened_a_sentence_is_that_group() {
    let body = "The parents blocked the gate on Monday.\n\n\
                The parents have accused the principal of neglect.\n\n\
                They claimed that pupils had dropped out because of \"victimisation\".";
    has(
        body,
        "pupils had dropped out because of \"victimisation\"",
        QuoteKind::Indirect,
        "The parents",
    );
}

#[test]
fn an_office_of_a_body_is_the_speaker_not_the_body() {
    for (body, who) in [
        (
            "The chief executive of Norcastle said the firm would grow.",
            "The chief executive of Norcastle",
        ),
        (
            "The CEO of Norcastle said the firm would grow.",
            "The CEO of Norcastle",
        ),
        (
            "The Minister of Health said the wards were full.",
            "The Minister of Health",
        ),
    ] {
        has_indirect_by(body, who);
    }
}

#[test]
fn testified_takes_a_bare_clause() {
    has(
        "Pathologist Dr. Ines Korhonen testified the boy died of an overdose.",
        "the boy died of an overdose",
        QuoteKind::Indirect,
        "Ines Korhonen",
    );
}

#[test]
fn a_facility_that_speaks_is_a_body() {
    let a = annotated(
        "Runway plan opposed",
        "Plans to expand Harlow Airport would \"worsen the crisis\", the council said.\n\n\
         The airport said a longer runway was \"crucial\" for its future.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("a longer runway"))
        .expect("the airport's clause");
    let id = q.speaker.as_ref().and_then(|s| s.actor.clone());
    let actor = id.as_deref().and_then(|id| a.actor(id)).expect("an actor");
    assert_eq!(actor.name, "Harlow Airport");
    assert_eq!(actor.kind, saywho::model::ActorKind::Organization);
}

#[test]
fn the_union_finds_a_union_named_workers_or_federation() {
    let body = "The Coastal Dock Workers walked out on Monday.\n\n\
                The union said the strike would last a week.";
    has(
        body,
        "the strike would last a week",
        QuoteKind::Indirect,
        "Coastal Dock Workers",
    );
}

#[test]
fn spelled_out_ranks_and_short_police_offices_are_not_names() {
    for (body, name) in [
        (
            "Corporal Amos Reid said his members wanted respect.\n\nReid said the talks had failed.",
            "Amos Reid",
        ),
        (
            "East Zone DIG Tariq Ali Soomro said a suspect was held.\n\nSoomro said the samples were sent.",
            "Tariq Ali Soomro",
        ),
        (
            "Minister of Forestry and Plantations Budi Harsono said the fires had spread.\n\n\
             Budi said the meeting would be held soon.",
            "Budi Harsono",
        ),
    ] {
        let qs = quotes(body);
        assert!(
            qs.len() >= 2 && qs.iter().all(|(_, _, w)| w.as_deref() == Some(name)),
            "{body}: {qs:#?}"
        );
    }
}

#[test]
fn a_quote_over_several_open_paragraphs_takes_the_cue_at_its_end() {
    let body = "Kofi Mensah, the federation's leader, spoke on Monday.\n\n\
                \"We are asking the government to listen.\n\n\
                \"We have told them what we want.\n\n\
                \"We will strike until our demands are met,\" Mensah said.";
    for t in [
        "We are asking the government to listen.",
        "We have told them what we want.",
    ] {
        assert_eq!(speaker_of(body, t).as_deref(), Some("Kofi Mensah"), "{t}");
    }
}

#[test]
fn an_aged_nationality_after_a_named_coach_is_the_coach() {
    let body = "National coach Bernd Hollmann preferred to see the positives.\n\n\
                \"I have no pain after that match,\" the 67-year-old German told reporters.";
    assert_eq!(
        speaker_of(body, "I have no pain").as_deref(),
        Some("Bernd Hollmann")
    );
}

#[test]
fn an_appositive_left_unclosed_before_the_verb_still_names_the_person() {
    let body = "\"We are not robots,\" Mei Ling Tsang, vice-chairperson of the Harbour \
                Crew Union said.";
    assert_eq!(
        speaker_of(body, "We are not robots").as_deref(),
        Some("Mei Ling Tsang")
    );
}

#[test]
fn according_to_him_is_the_person_named_before() {
    let body = "Union leader Kwame Asante spoke at a briefing on Monday.\n\n\
                According to him, the strike will last until pension funds are exempted.";
    has(
        body,
        "the strike will last until pension funds are exempted",
        QuoteKind::Indirect,
        "Kwame Asante",
    );
}

#[test]
fn a_document_named_after_its_body_is_that_bodys() {
    let body = "The Centre for Fever Control (CFC) said 29 deaths were reported.\n\n\
                The CFC statement claimed that the fatality rate had fallen this year.";
    has(
        body,
        "the fatality rate had fallen this year",
        QuoteKind::Indirect,
        "Centre for Fever Control",
    );
}

#[test]
fn what_a_subject_claims_to_have_done_is_reported() {
    has(
        "Harbour police on Saturday claimed to have arrested a man for the theft of two boats, \
         while the owners denied any loss.",
        "to have arrested a man for the theft of two boats",
        QuoteKind::Indirect,
        "Harbour police",
    );
}

#[test]
fn an_indefinite_body_in_the_lead_named_next_is_that_body() {
    let body = "A union representing striking dock workers said several of its members had \
                been hurt on the picket line.\n\n\
                The Harbour Workers Federation said talks would resume on Monday.";
    has(
        body,
        "several of its members had been hurt on the picket line",
        QuoteKind::Indirect,
        "Harbour Workers Federation",
    );
}

#[test]
fn an_office_closed_by_a_persons_name_is_that_person() {
    has(
        "Talks reached consensus on key issues, the US Secretary of State Joan Kerrigan \
         said Saturday.",
        "Talks reached consensus on key issues",
        QuoteKind::Indirect,
        "Joan Kerrigan",
    );
}

#[test]
fn a_possessed_noun_that_cannot_speak_is_no_speaker() {
    let qs = quotes(
        "Ryan Ledford's handball in the last minute left the visiting manager reeling, \
         admitting that he would need to be careful with his words.",
    );
    assert!(
        qs.iter()
            .all(|(_, _, w)| !w.as_deref().is_some_and(|w| w.contains("handball"))),
        "{qs:#?}"
    );
    // a possessed noun that speaks still does
    has(
        "The sheriff's office released no names, saying the inquiry was at an early stage.",
        "the inquiry was at an early stage",
        QuoteKind::Indirect,
        "The sheriff's office",
    );
}

#[test]
fn a_paragraph_opened_by_a_quote_mark_never_closed_is_quoted_to_its_end() {
    // the last paragraph of a chain lost its closing mark (or the page was cut there)
    let body = "Coach Anton Berg was calm after the match.\n\n\"I have no regrets,\" Berg told reporters.\n\n\"We kept a clean sheet in three games, and that tells me the defence is ready.";
    has(
        body,
        "We kept a clean sheet in three games, and that tells me the defence is ready.",
        QuoteKind::Direct,
        "Anton Berg",
    );
    // a space set between a closing single mark and the double one still closes it
    let qs = quotes("\"They said, 'We are leaving now,' \" Berg said.");
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "They said, 'We are leaving now,'"
                && *k == QuoteKind::Direct
                && w.as_deref() == Some("Berg")),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_whose_mark_was_lost_before_a_new_one_ends_with_its_sentence() {
    let body = "Coach Anton Berg spoke after the game.\n\n“Now we are happy since we won 1-0. The coach told the players, “And we can go on with a lot of goals.”";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, k, _)| t == "Now we are happy since we won 1-0." && *k == QuoteKind::Direct),
        "{qs:#?}"
    );
    has(
        body,
        "And we can go on with a lot of goals.",
        QuoteKind::Direct,
        "Anton Berg",
    );
}

#[test]
fn a_quote_closed_by_a_full_stop_takes_the_cue_of_the_next_quote() {
    let body = "Coach Anton Berg spoke after the game.\n\n“I’m glad we got the three points.” Berg remarked, “I’m happy with the first half.”";
    has(
        body,
        "I’m glad we got the three points.",
        QuoteKind::Direct,
        "Anton Berg",
    );
    // a cue that is a whole sentence of its own does not reach back
    let qs = quotes(
        "“We lost.” The weather was cold all evening and the crowd went home early, Berg said, “Next week.”",
    );
    assert!(
        qs.iter().any(|(t, _, w)| t == "We lost." && w.is_none()),
        "{qs:#?}"
    );
}

#[test]
fn a_sentence_opening_modifier_or_adjective_is_no_part_of_a_known_name() {
    let a = annotated(
        "Sheepish Elders tries to explain share drop",
        "Outgoing Elders Ltd boss Mark Allison said the briefings were routine.\n\nElders said the shares would recover.",
    );
    assert!(
        a.actors.iter().any(|x| x.name == "Elders Ltd"),
        "{:#?}",
        a.actors
    );
    assert!(
        !a.actors
            .iter()
            .any(|x| x.name.contains("Outgoing") || x.name.contains("Sheepish")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_bracketed_title_acronym_before_a_name_is_the_persons() {
    let body = "Speaking to reporters, Regional Police Commander (RPC) Gilles Muroto said four men were held.\n\nThe RPC mentioned the suspects as Michael Emmanuel John and David Longford.\n\nAccording to the RPC, two phones were found. He added that the suspects had guns.";
    let a = annotated("Suspects held", body);
    assert_eq!(
        kind_of(&a, "Gilles Muroto"),
        Some(saywho::model::ActorKind::Person)
    );
    assert!(
        !a.actors
            .iter()
            .any(|x| x.name == "Regional Police Commander"),
        "{:#?}",
        a.actors
    );
    has(
        body,
        "two phones were found",
        QuoteKind::Indirect,
        "Gilles Muroto",
    );
    has(
        body,
        "the suspects had guns",
        QuoteKind::Indirect,
        "Gilles Muroto",
    );
}

#[test]
fn reported_speech_after_a_fronted_phrase_and_a_comma() {
    has(
        "Maria Lenz runs the port. Maria Lenz said in some incidents, the crews attacked the guards.",
        "the crews attacked the guards",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    has(
        "Maria Lenz runs the port. Maria Lenz said in some incidents, the crews had attacked the guards.",
        "the crews had attacked the guards",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
    // a phrase and no clause after it: nothing reported
    assert!(quotes("Maria Lenz said in a statement, without giving details.").is_empty());
}

#[test]
fn ordinal_unnamed_speakers_and_inverted_verbs_before_a_colon() {
    let body = "The rand was weak on Friday.\n\n\"The rand came off its weaker levels,\" a currency trader said.\n\nA second trader explained that the rand had weakened before the weekend.\n\nUS markets are closed on Monday for Martin Luther King Day. He said the rand was holding well.\n\nCommented the first trader: \"Once again we have had a weak close.\"\n\nThe second trader agreed. \"We need a shake-up first,\" he asserted.";
    let a = annotated("Rand news", body);
    assert!(
        !a.actors
            .iter()
            .any(|x| x.name.contains("Day") || x.name == "Commented"),
        "{:#?}",
        a.actors
    );
    has(
        body,
        "the rand was holding well",
        QuoteKind::Indirect,
        "A second trader",
    );
    has(
        body,
        "Once again we have had a weak close.",
        QuoteKind::Direct,
        "a currency trader",
    );
    has(
        body,
        "We need a shake-up first,",
        QuoteKind::Direct,
        "A second trader",
    );
}

#[test]
fn a_clause_after_an_according_to_aside_is_what_the_verb_reports() {
    let body = "The January survey of economists by UK-based Consensus Economics shows that, according to the mean of forecasts, the rand should stay below R10 per dollar.";
    let a = annotated("Rand news", body);
    has(
        body,
        "the rand should stay below R10 per dollar",
        QuoteKind::Indirect,
        "Consensus Economics",
    );
    assert_eq!(
        kind_of(&a, "Consensus Economics"),
        Some(saywho::model::ActorKind::Organization)
    );
    assert!(!quotes(body).iter().any(|(t, _, _)| t.ends_with("that")));
}

#[test]
fn an_unclosed_relative_clause_and_a_body_role_name_before_a_colon() {
    has(
        "India won the match.\n\nSuresh Raina, who was Man-of-the-Match said, \"You need to show intent.\"",
        "You need to show intent.",
        QuoteKind::Direct,
        "Suresh Raina",
    );
    let a = annotated(
        "Cricket",
        "Suresh Raina, who was Man-of-the-Match said, \"You need to show intent.\"",
    );
    assert!(
        !a.actors.iter().any(|x| x.name.contains("Match")),
        "{:#?}",
        a.actors
    );
    has(
        "Thirty entries are battling for slots in the Metro Manila Film Festival (MMFF).\n\nMMFF spokesperson Noel Ferrer shed light on the selection process: \"Four films will be announced.\"",
        "Four films will be announced.",
        QuoteKind::Direct,
        "Noel Ferrer",
    );
}

#[test]
fn a_gerund_after_a_preposition_is_no_cue_of_its_own() {
    let body = "Mr Michael O'Leary has no plans to apologise for stating that the best way was \"with Semtex\" during a meeting, his spokeswoman said last night.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, k, w)| t.starts_with("Mr Michael O'Leary has no plans")
                && t.ends_with("during a meeting")
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("his spokeswoman")),
        "{qs:#?}"
    );
    // `said this` opens a clause only when a verb follows
    has(
        "Ms Rita Bergin is a director. Ms Rita Bergin said this smacked of arrogance.",
        "this smacked of arrogance",
        QuoteKind::Indirect,
        "Rita Bergin",
    );
    assert!(quotes("Ms Rita Bergin said this to reporters on Monday.").is_empty());
}

#[test]
fn according_to_a_role_and_the_name_in_apposition() {
    has(
        "Fire gutted two dormitories on Sunday.\n\nAccording to the headmaster, Amos Kabanda, the fire started at about midday.",
        "the fire started at about midday",
        QuoteKind::Indirect,
        "Amos Kabanda",
    );
}

#[test]
fn a_participle_goes_on_with_the_sentences_first_speaker() {
    has(
        "Local councillor Sikhululekile Moyo spoke on Monday.\n\nHe said the council had already cautioned people against drinking borehole water, adding that they were also advised to boil water.",
        "they were also advised to boil water",
        QuoteKind::Indirect,
        "Sikhululekile Moyo",
    );
}

#[test]
fn an_unnamed_person_in_the_lead_is_the_one_next_introduced_by_that_noun() {
    let body = "The family locked their house and moved to a relative's home, said a neighbour.\n\nAfroza Begum, 40, died hours after her arrest.\n\nHer neighbour Nurul Islam Hawladar said the family feared reprisals.";
    has(
        body,
        "The family locked their house and moved to a relative's home",
        QuoteKind::Indirect,
        "Nurul Islam Hawladar",
    );
    // nobody introduced that way: the noun stays
    has(
        "The family locked their house and moved away, said a neighbour.\n\nAfroza Begum, 40, died hours after her arrest.",
        "The family locked their house and moved away",
        QuoteKind::Indirect,
        "a neighbour",
    );
}

#[test]
fn a_body_with_its_acronym_and_a_long_appositive_before_the_verb() {
    has(
        "The reef has suffered.\n\nThe Great Barrier Reef Marine Park Authority (GBRMPA), the official authority that manages the massive marine park, said its aerial surveys found widespread bleaching.",
        "its aerial surveys found widespread bleaching",
        QuoteKind::Indirect,
        "Great Barrier Reef Marine Park Authority",
    );
}

#[test]
fn an_unnamed_subject_after_a_fronted_phrase_is_he_and_the_phrase_is_no_clause() {
    let body = "The concert was canceled on the day.\n\nThe district office explained that, compared to the crowd expected, there were not enough medics.\n\nRegarding the cancellation of the concert, the promoter posted an apology online. He said, \"I apologize for the cancellation.\"";
    has(
        body,
        "I apologize for the cancellation.",
        QuoteKind::Direct,
        "the promoter",
    );
    has(
        body,
        "compared to the crowd expected, there were not enough medics",
        QuoteKind::Indirect,
        "The district office",
    );
    assert!(
        !quotes(body)
            .iter()
            .any(|(t, _, _)| t.starts_with("Regarding")),
        "{:#?}",
        quotes(body)
    );
}

#[test]
fn a_quote_inside_a_quote_with_the_same_marks_and_nicknames_in_names() {
    let body = "However, in a press release, the police service said: “The Commissioner is now questioning what kind of “card game” would result in an officer being shot.”\n\nThey were identified as Mechack “Nitro” Douglas, 24, and Seandell “Crash” St Clair.";
    let qs = quotes(body);
    assert!(
        qs.iter().any(|(t, k, _)| t
            == "The Commissioner is now questioning what kind of “card game” would result in an officer being shot."
            && *k == QuoteKind::Direct),
        "{qs:#?}"
    );
    assert!(
        !qs.iter().any(|(t, _, _)| t == "Nitro" || t == "Crash"),
        "{qs:#?}"
    );
    // a lost closing mark is still a lost closing mark
    let qs = quotes("“We won the match. The coach told the players, “We go on.”");
    assert!(qs.iter().any(|(t, _, _)| t == "We go on."), "{qs:#?}");
}

#[test]
fn what_a_hearing_heard_is_reported_without_a_speaker() {
    let body = "A motorcyclist died at a junction, an inquest has heard.\n\nThe inquest heard Mr Edwards had been riding his bike with friends.\n\nThe court heard evidence from six witnesses.";
    let qs = quotes(body);
    for t in [
        "A motorcyclist died at a junction",
        "Mr Edwards had been riding his bike with friends",
    ] {
        assert!(
            qs.iter()
                .any(|(x, k, w)| x == t && *k == QuoteKind::Indirect && w.is_none()),
            "{t}: {qs:#?}"
        );
    }
    assert!(
        !qs.iter().any(|(x, _, _)| x.contains("evidence")),
        "{qs:#?}"
    );
}

#[test]
fn a_body_closing_the_sentence_after_an_inverted_verb_is_its_speaker() {
    // (once read past the end of the sentence)
    let a = annotated("Party news", "The plan will fail, said Labour.");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert!(
        quotes("The plan will fail, said Labour.")
            .iter()
            .any(|(t, _, w)| t == "The plan will fail" && w.as_deref() == Some("Labour Party")),
        "{:#?}",
        quotes("The plan will fail, said Labour.")
    );
    has(
        "\"The families need help,\" said Conservative member of parliament for nearby Durham Erin O'Toole, speaking in the legislature.",
        "The families need help,",
        QuoteKind::Direct,
        "Erin O'Toole",
    );
}

#[test]
fn a_capitalised_time_phrase_and_a_body_title_before_a_name() {
    let a = annotated(
        "Rail news",
        "Early Thursday morning, Mr Ong took to Facebook to apologise for the \"rough and stressful evening\" experienced by commuters.\n\nOn Monday, Police Spokesperson Ray Hamoonga said opposition parties were allowed to hold rallies.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name.contains("Early")),
        "{:#?}",
        a.actors
    );
    has(
        "On Monday, Police Spokesperson Ray Hamoonga said opposition parties were allowed to hold rallies.",
        "opposition parties were allowed to hold rallies",
        QuoteKind::Indirect,
        "Ray Hamoonga",
    );
}

#[test]
fn opening_marks_glued_spaced_or_left_open_after_a_cue() {
    has(
        "Syed Zafar Islam spoke on Monday.\n\nOn Rahul Gandhi's march, Zafar Islam took a dig at the Congress leader.“Wherever Rahul Gandhi has gone, Congress has lost,” he remarked.",
        "Wherever Rahul Gandhi has gone, Congress has lost,",
        QuoteKind::Direct,
        "Syed Zafar Islam",
    );
    has(
        "Kenneth Ibeh runs a shop.\n\nHe said, “ Let first things be done first.”",
        "Let first things be done first.",
        QuoteKind::Direct,
        "Kenneth Ibeh",
    );
    has(
        "Samuel Ablakwa thanked the hosts.\n\nHe ended with a call for peace, saying, “May we work to secure lasting peace.",
        "May we work to secure lasting peace.",
        QuoteKind::Direct,
        "Samuel Ablakwa",
    );
}

#[test]
fn a_named_role_nobody_holds_is_the_person_speaking() {
    let body = "In the chamber, Gerry Adams said he looked forward to working with the new government.\n\n\"Never has the need for a progressive government been more essential,\" the Sinn Féin leader said.";
    has(
        body,
        "Never has the need for a progressive government been more essential,",
        QuoteKind::Direct,
        "Gerry Adams",
    );
    // a bare role may be someone else: it stays a role
    let body =
        "Jose Gonzalez told the court he was sorry.\n\n\"The sentence stands,\" the judge said.";
    has(body, "The sentence stands,", QuoteKind::Direct, "the judge");
}

#[test]
fn short_titles_of_cabinet_secretaries_and_directors_general() {
    let body = "Interior Cabinet Secretary Kithure Kindiki issued a statement on Sunday.\n\nIn the statement, CS Kindiki assured Kenyans that no property would be lost.";
    has(
        body,
        "no property would be lost",
        QuoteKind::Indirect,
        "Kithure Kindiki",
    );
    let a = annotated(
        "Health D-G warns of dengue spike",
        "Health director-general Noor Hisham Abdullah said cases would rise.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name.contains("D-G")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_bracketed_acronym_after_a_person_is_the_body_they_speak_for() {
    let body = "Union officials Peter Oduya (KMPDU) and Ann Wekesa (KNUN) met the press.\n\n\"We are still in the dark,\" Mr Oduya told journalists.";
    has(
        body,
        "We are still in the dark,",
        QuoteKind::Direct,
        "Peter Oduya",
    );
    let a = annotated("Strike notice", body);
    assert_eq!(
        kind_of(&a, "Peter Oduya"),
        Some(saywho::model::ActorKind::Person)
    );
    assert_eq!(
        kind_of(&a, "KMPDU"),
        Some(saywho::model::ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    // an acronym that spells its name stays the name's alias
    let a = annotated(
        "Board",
        "The National Union of Teachers (NUT) said pay talks had stalled.",
    );
    assert!(
        a.actors
            .iter()
            .any(|x| x.name == "National Union of Teachers" && x.aliases.iter().any(|y| y == "NUT")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_with_phrase_reports_what_its_noun_phrase_says() {
    has(
        "Talks ended on Monday, with Mr Oduya saying they had received no communication.",
        "they had received no communication",
        QuoteKind::Indirect,
        "Oduya",
    );
    // a `with` phrase without a verb of saying reports nothing
    assert!(quotes("The mayor arrived late, with the council waiting outside.").is_empty());
}

#[test]
fn a_reported_clause_may_open_with_no() {
    for (body, text) in [
        (
            "Fire officer Colin Dart said no one was hurt.",
            "no one was hurt",
        ),
        (
            "Fire officer Colin Dart said no explosion eventuated.",
            "no explosion eventuated",
        ),
        (
            "Fire officer Colin Dart says no arrests have been made.",
            "no arrests have been made",
        ),
    ] {
        has(body, text, QuoteKind::Indirect, "Colin Dart");
    }
    assert!(quotes("The council said no to the plan.").is_empty());
    assert!(quotes("The minister said no comment.").is_empty());
}

#[test]
fn a_body_in_a_place_speaks_not_the_place() {
    has(
        "The Police Command in Lagos State says its officers have arrested three men.",
        "its officers have arrested three men",
        QuoteKind::Indirect,
        "Police Command",
    );
}

#[test]
fn a_parent_described_by_their_children_is_the_person_followed() {
    let body = "One of the evacuees, Siti Aminah, 35, said the water rose overnight.\n\nThe mother of three said she was moved to the hall on Thursday.";
    has(
        body,
        "she was moved to the hall on Thursday",
        QuoteKind::Indirect,
        "Siti Aminah",
    );
}

#[test]
fn a_joined_clause_after_a_closing_cue_reports_too() {
    let body = "Haddad is the front-runner, three sources told the agency, although they said no final decision has been made.";
    has(
        body,
        "Haddad is the front-runner",
        QuoteKind::Indirect,
        "three sources",
    );
    has(
        body,
        "no final decision has been made",
        QuoteKind::Indirect,
        "three sources",
    );
}

#[test]
fn a_body_s_title_before_an_unlisted_name_is_a_person_s_title() {
    let body = "Senate President Franklin Drilon said the vote would go ahead.\n\n\"I will block any attempt to postpone it,\" Drilon said.";
    let a = annotated("Polls", body);
    assert_eq!(
        kind_of(&a, "Franklin Drilon"),
        Some(saywho::model::ActorKind::Person),
        "{:#?}",
        a.actors
    );
    has(
        body,
        "I will block any attempt to postpone it,",
        QuoteKind::Direct,
        "Franklin Drilon",
    );
}

#[test]
fn agreeing_and_highlighting_report_a_clause() {
    has(
        "Councillor Naboth Kuda concurred that the water situation was dire.",
        "the water situation was dire",
        QuoteKind::Indirect,
        "Naboth Kuda",
    );
    has(
        "Union leader Filbert Oketch highlighted that this is not the first time the union has raised concerns.",
        "this is not the first time the union has raised concerns",
        QuoteKind::Indirect,
        "Filbert Oketch",
    );
    assert!(quotes("The report highlighted the risks of delay.").is_empty());
}

#[test]
fn a_portfolio_joined_in_a_title_is_no_second_speaker() {
    has(
        "Singapore is still pushing for clean air, Environment and Water Resources Minister Masagos Zulkifli said on Saturday.",
        "Singapore is still pushing for clean air",
        QuoteKind::Indirect,
        "Masagos Zulkifli",
    );
}

#[test]
fn a_work_named_before_its_maker_is_no_person() {
    let body = "Director Paul Greengrass received the prize on Saturday.\n\nThe Captain Phillips filmmaker said he was shocked.";
    has(
        body,
        "he was shocked",
        QuoteKind::Indirect,
        "Paul Greengrass",
    );
    let a = annotated("Prize night", body);
    assert_eq!(
        kind_of(&a, "Captain Phillips"),
        Some(saywho::model::ActorKind::Other),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_name_set_off_after_a_person_noun_is_a_person() {
    let body = "Four people appeared in court on Monday.\n\nTheir lawyer, Mhlopheki Khumalo, told the court that his clients had fixed addresses.\n\n\"I humbly request the court to grant bail,\" Khumalo submitted.";
    has(
        body,
        "his clients had fixed addresses",
        QuoteKind::Indirect,
        "Mhlopheki Khumalo",
    );
    has(
        body,
        "I humbly request the court to grant bail,",
        QuoteKind::Direct,
        "Mhlopheki Khumalo",
    );
}

#[test]
fn a_role_named_later_is_that_person_wherever_it_speaks_again() {
    let body = "The new government is transitional and will address economic issues, the foreign minister said on Tuesday.\n\nForeign Minister Kamel Morjane, re-appointed after talks, was speaking in Egypt.\n\n\"The government is a unity government,\" Morjane said.\n\nThe minister added: \"Elections will take time.\"";
    has(
        body,
        "The new government is transitional and will address economic issues",
        QuoteKind::Indirect,
        "Kamel Morjane",
    );
    has(
        body,
        "Elections will take time.",
        QuoteKind::Direct,
        "Kamel Morjane",
    );
}

#[test]
fn a_closing_cue_of_a_role_then_a_name_set_off_by_commas() {
    has(
        "Inflation is very concerning and it has to be managed, the bank's governor, Andrew Bailey, said in an interview.",
        "Inflation is very concerning and it has to be managed",
        QuoteKind::Indirect,
        "Andrew Bailey",
    );
}

#[test]
fn a_closing_cue_before_an_amid_or_as_phrase() {
    has(
        "Israel is now more optimistic about a deal, Foreign Minister Gideon Saar said on Monday, amid reports that lists of hostages were requested.",
        "Israel is now more optimistic about a deal",
        QuoteKind::Indirect,
        "Gideon Saar",
    );
    has(
        "The plant will close in May, the company said on Friday, as sales fell for a third year.",
        "The plant will close in May",
        QuoteKind::Indirect,
        "the company",
    );
}

#[test]
fn a_known_party_or_bank_before_a_title_and_a_name() {
    let body = "Awami League General Secretary Obaidul Quader said the vote was fair.\n\nBank of England Governor Andrew Bailey said rates would rise.\n\nHamas said the talks had stalled.";
    has(
        body,
        "the vote was fair",
        QuoteKind::Indirect,
        "Obaidul Quader",
    );
    has(
        body,
        "rates would rise",
        QuoteKind::Indirect,
        "Andrew Bailey",
    );
    let a = annotated("Politics", body);
    for (name, kind) in [
        ("Awami League", saywho::model::ActorKind::Organization),
        ("Bank of England", saywho::model::ActorKind::Organization),
        ("Hamas", saywho::model::ActorKind::Organization),
        ("Obaidul Quader", saywho::model::ActorKind::Person),
    ] {
        assert_eq!(kind_of(&a, name), Some(kind), "{name}: {:#?}", a.actors);
    }
}

#[test]
fn a_pronoun_inside_a_sentence_opened_by_the_same_pronoun_is_its_subject() {
    let body = "Lawyer Matthew Xuereb made detailed submissions on Monday.\n\nHe quoted from Magistrate Joe Mifsud's decision. The appeal was null, he said.\n\nHe read from Magistrate Joe Mifsud's ruling, which he said was based on the videos.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .all(|(_, _, w)| w.as_deref() == Some("Matthew Xuereb")),
        "{qs:#?}"
    );
    assert!(!qs.is_empty());
}

#[test]
fn a_reported_question_is_indirect_speech() {
    has(
        "Cllr Stephen Keary also questioned why the council steered away from monthly meetings.",
        "why the council steered away from monthly meetings",
        QuoteKind::Indirect,
        "Stephen Keary",
    );
    has(
        "Opposition leader Ann Lee asked the minister whether the budget had been cut.",
        "whether the budget had been cut",
        QuoteKind::Indirect,
        "Ann Lee",
    );
    // a participle opening the sentence reports nothing
    assert!(
        quotes("Asked whether he feared a wider conflict, Erik Lund paused before answering.")
            .is_empty()
    );
}

#[test]
fn a_surname_goes_to_the_one_person_among_names_ending_in_it() {
    let body = "Douglas Williams, of Williams Gray Williams, told the paper that trials were missed.\n\n\"It is pure geography,\" Mr Williams said.";
    has(
        body,
        "It is pure geography,",
        QuoteKind::Direct,
        "Douglas Williams",
    );
}

#[test]
fn an_unlisted_city_or_county_before_a_title_is_a_place() {
    let body = "Davao City Mayor Sara Duterte commended the arrest.\n\nNairobi County Governor Johnson Sakaja said the roads would be fixed.";
    has(
        body,
        "the roads would be fixed",
        QuoteKind::Indirect,
        "Johnson Sakaja",
    );
    let a = annotated("Arrests", body);
    for (name, kind) in [
        ("Sara Duterte", saywho::model::ActorKind::Person),
        ("Davao City", saywho::model::ActorKind::Place),
        ("Nairobi County", saywho::model::ActorKind::Place),
    ] {
        assert_eq!(kind_of(&a, name), Some(kind), "{name}: {:#?}", a.actors);
    }
}

#[test]
fn head_of_a_unit_then_a_name() {
    has(
        "Head of Presidency Sibongile Besani said the audio was taken out of context.",
        "the audio was taken out of context",
        QuoteKind::Indirect,
        "Sibongile Besani",
    );
    has(
        "Head of Communications Ann Lee said the post was deleted.",
        "the post was deleted",
        QuoteKind::Indirect,
        "Ann Lee",
    );
}

#[test]
fn an_epithet_before_a_role_is_the_latest_speaker() {
    let body = "National coach Engin Firat named his squad on Monday.\n\nCoaches association chairman Bob Oyugi told reporters that the selection was a joke.\n\nThe veteran coach added that Firat should be taken to task.\n\n\"What has Firat shown?\" posed Oyugi.";
    has(
        body,
        "Firat should be taken to task",
        QuoteKind::Indirect,
        "Bob Oyugi",
    );
    has(
        body,
        "What has Firat shown?",
        QuoteKind::Direct,
        "Bob Oyugi",
    );
}

#[test]
fn a_nation_s_leader_or_the_head_of_state_is_the_president_followed() {
    let body = "President Volodymyr Zelenskyy announced that the strike caused deaths.\n\nThe Ukrainian leader said that he and the Greek prime minister saw the strike.\n\nThe head of state said that Ukraine needs to defend itself.";
    for text in [
        "he and the Greek prime minister saw the strike",
        "Ukraine needs to defend itself",
    ] {
        has(body, text, QuoteKind::Indirect, "Volodymyr Zelenskyy");
    }
}

#[test]
fn an_indefinite_person_in_the_lead_is_the_person_opening_the_next_paragraph() {
    let body = "A year after the court closed, a lawyer has said residents are being done a disservice.\n\nDouglas Willis, of Willis Gray, told the paper that his clients often miss trials.";
    has(
        body,
        "residents are being done a disservice",
        QuoteKind::Indirect,
        "Douglas Willis",
    );
    // (not when the next paragraph opens with someone holding a role)
    let body = "Residents are angry, a neighbour said.\n\nPolice chief Anna Berg said officers were on the scene.";
    has(
        body,
        "Residents are angry",
        QuoteKind::Indirect,
        "a neighbour",
    );
}

#[test]
fn a_passive_told_takes_its_clause_without_that() {
    let qs = quotes("The media were told there was no magistrate at court on Tuesday.");
    assert!(
        qs.iter().any(
            |(t, k, w)| t == "there was no magistrate at court on Tuesday"
                && *k == QuoteKind::Indirect
                && w.is_none()
        ),
        "{qs:#?}"
    );
}

#[test]
fn a_dateline_with_its_country_and_a_colon_is_not_reported() {
    has(
        "ISLAMABAD, Pakistan: Talks between the two sides would be held soon, Foreign Office spokesman Qazi Khalilullah said here Thursday.",
        "Talks between the two sides would be held soon",
        QuoteKind::Indirect,
        "Qazi Khalilullah",
    );
}

#[test]
fn a_headline_label_of_a_body_s_spokesman_is_the_spokesman_named_below() {
    let qs = title_quotes(
        "Talks will be held in near future: FO Spokesman",
        "Talks between the two sides would be held soon, Foreign Office spokesman Qazi Khalilullah said on Thursday.",
    );
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "Talks will be held in near future"
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some("Qazi Khalilullah")),
        "{qs:#?}"
    );
}

#[test]
fn a_later_indefinite_role_is_someone_new() {
    let body = "A year after the court closed, a lawyer has said residents are being done a disservice.\n\nDouglas Willis, of Willis Gray, told the paper that his clients often miss trials.\n\nThe court moved to Dundee in May.\n\nThe travel costs are unfair, a lawyer said.";
    has(
        body,
        "residents are being done a disservice",
        QuoteKind::Indirect,
        "Douglas Willis",
    );
    has(
        body,
        "The travel costs are unfair",
        QuoteKind::Indirect,
        "a lawyer",
    );
}

#[test]
fn an_acronym_in_capitals_that_spells_a_function_word_is_still_a_name() {
    // `US` is not `us`, `WHO` is not `who`
    has(
        "Case numbers were rising fast, the WHO said.",
        "Case numbers were rising fast",
        QuoteKind::Indirect,
        "World Health Organization",
    );
    let a = annotated(
        "Harbour news",
        "He flew to the US on Monday to meet the minister.",
    );
    assert_eq!(
        kind_of(&a, "United States"),
        Some(saywho::model::ActorKind::Place),
        "{:#?}",
        a.actors
    );
    // a word in a run of capitals is still a plain word
    let a = annotated("Harbour news", "LET US PRAY, the banner read.");
    assert!(a.actors.is_empty(), "{:#?}", a.actors);
}

#[test]
fn a_speech_noun_after_a_preposition_is_no_verb() {
    // `in comments that follow ...` reports nothing; the cue before it still closes
    let qs = quotes(
        "The policy stance remains appropriate, Ravi Menon said on Wednesday, in comments that follow a run of weak data.",
    );
    assert_eq!(
        qs,
        vec![(
            "The policy stance remains appropriate".to_string(),
            QuoteKind::Indirect,
            Some("Ravi Menon".to_string())
        )]
    );
}

#[test]
fn a_closing_cue_followed_by_where_it_was_said() {
    for body in [
        "Rates will hold for now, Ravi Menon said on Wednesday, in a speech to bankers.",
        "Rates will hold for now, Ravi Menon said, at a conference in Valdor.",
        "Rates will hold for now, the Monetary Authority (MA) chief Ravi Menon said on Wednesday (Feb 27), during a visit to Valdor.",
    ] {
        has(
            body,
            "Rates will hold for now",
            QuoteKind::Indirect,
            "Ravi Menon",
        );
    }
}

#[test]
fn a_headline_closed_by_a_body_a_role_and_a_name() {
    let title = "Monetary policy 'appropriate' but monitoring data: MAS chief Ravi Menon";
    let body = "\"Our policy remains appropriate,\" MAS managing director Ravi Menon said at a conference.";
    title_has(
        title,
        body,
        "Monetary policy 'appropriate' but monitoring data",
        QuoteKind::Indirect,
        "Ravi Menon",
    );
    title_has(title, body, "appropriate", QuoteKind::Partial, "Ravi Menon");
}

#[test]
fn words_someone_used_are_theirs() {
    let body = "At a news conference, Rick Scott repeatedly used words like “devastating” and “catastrophic” to stress the danger.";
    has(body, "devastating", QuoteKind::Partial, "Rick Scott");
    has(body, "catastrophic", QuoteKind::Partial, "Rick Scott");
}

#[test]
fn quote_paragraphs_after_narration_belong_to_the_only_person_quoted() {
    let body = "\"We stayed calm,\" Andy Farrell told reporters.\n\n\"The second half was hard.\"\n\nThe visitors missed four kicks in the second half.\n\n\"Our discipline was very good at the end.\"";
    has(
        body,
        "Our discipline was very good at the end.",
        QuoteKind::Direct,
        "Andy Farrell",
    );
    // with two people quoted, the narration breaks the chain
    let body = "\"We stayed calm,\" Andy Farrell told reporters.\n\n\"We were unlucky,\" Ann Lee said.\n\nThe visitors missed four kicks in the second half.\n\n\"Our discipline was very good at the end.\"";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, _, w)| t == "Our discipline was very good at the end." && w.is_none()),
        "{qs:#?}"
    );
}

#[test]
fn a_headline_quote_then_a_dash_and_its_speaker() {
    title_has(
        "'It is wonderful to win' - Farrell on victory over Valdor",
        "\"We stayed calm,\" Andy Farrell said.",
        "It is wonderful to win",
        QuoteKind::Direct,
        "Andy Farrell",
    );
}

#[test]
fn a_bare_role_in_apposition_names_the_role() {
    let body = "Binta Nyako, judge of a federal high court, has threatened to adjourn the trial.\n\n“Either we open this trial today or I adjourn,” the judge said addressing the lawyer.\n\n“You cannot hold the court to ransom.”";
    has(
        body,
        "Either we open this trial today or I adjourn,",
        QuoteKind::Direct,
        "Binta Nyako",
    );
    has(
        body,
        "You cannot hold the court to ransom.",
        QuoteKind::Direct,
        "Binta Nyako",
    );
    // `said addressing the lawyer`: how it was said, not what
    assert!(
        !quotes(body)
            .iter()
            .any(|(t, _, _)| t.contains("addressing")),
        "{:#?}",
        quotes(body)
    );
}

#[test]
fn a_request_s_that_clause_is_reported() {
    has(
        "Aloy Ejimakor also prayed that Kanu should be moved to house arrest.",
        "Kanu should be moved to house arrest",
        QuoteKind::Indirect,
        "Aloy Ejimakor",
    );
    has(
        "Aloy Ejimakor requested that his client be moved to house arrest.",
        "his client be moved to house arrest",
        QuoteKind::Indirect,
        "Aloy Ejimakor",
    );
    // `asked that question` is no clause
    assert!(quotes("Aloy Ejimakor asked that question twice.").is_empty());
}

#[test]
fn an_acronym_may_leave_out_the_country_of_its_body() {
    has(
        "The US Department of Justice (DOJ) filed suits to seize the assets. It claimed the assets were bought with stolen money.",
        "the assets were bought with stolen money",
        QuoteKind::Indirect,
        "US Department of Justice",
    );
}

fn kinds(body: &str) -> Vec<(String, saywho::model::ActorKind)> {
    annotated("Harbour news", body)
        .actors
        .iter()
        .map(|a| (a.name.clone(), a.kind))
        .collect()
}

fn has_actor(body: &str, name: &str, kind: saywho::model::ActorKind) {
    let ks = kinds(body);
    assert!(
        ks.iter().any(|(n, k)| n == name && *k == kind),
        "wanted {name} ({kind:?}) in {body:?}; got {ks:#?}"
    );
}

#[test]
fn a_name_opened_by_a_given_name_we_do_not_list_is_whole() {
    use saywho::model::ActorKind::Person;
    has_actor(
        "Officials raised the health of Hurriyat leader Altaf Ahmad Shah on Monday.",
        "Altaf Ahmad Shah",
        Person,
    );
    // a noun for a person before the name is no part of it
    has_actor(
        "Neighbour Anita Moffatt heard the alarm at midnight.",
        "Anita Moffatt",
        Person,
    );
}

#[test]
fn names_listed_with_places_are_places() {
    use saywho::model::ActorKind::Place;
    let body = "Storms are likely for inland Southland, Clutha, Dunedin, north Otago and central Otago, forecasters said.";
    for name in ["Clutha", "Dunedin", "Otago"] {
        has_actor(body, name, Place);
    }
    has_actor(
        "A warning covers the hills east of Whakatane until midnight.",
        "Whakatane",
        Place,
    );
    // two names and a comma are no list
    has_actor(
        "In Berlin, Merkel said the talks would go on.",
        "Merkel",
        saywho::model::ActorKind::Person,
    );
}

#[test]
fn what_a_name_owns_tells_its_kind() {
    has_actor(
        "The final version of Obama's speech was approved on Monday.",
        "Obama",
        saywho::model::ActorKind::Person,
    );
    has_actor(
        "Qualceram's shares fell on Monday.",
        "Qualceram",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn places_named_x_of_y_and_landscapes() {
    use saywho::model::ActorKind::Place;
    has_actor(
        "A heavy rain warning covers the Bay of Plenty until Wednesday.",
        "Bay of Plenty",
        Place,
    );
    has_actor(
        "She flew from Port of Spain to the Isle of Man.",
        "Isle of Man",
        Place,
    );
    has_actor(
        "The lines along the Jordan River will not change, the minister said.",
        "Jordan River",
        Place,
    );
}

#[test]
fn parties_listed_together_stay_apart() {
    let ks = kinds("The mayor had support from the Shiv Sena, NCP, BJP and Samajwadi Party.");
    assert!(!ks.iter().any(|(n, _)| n.contains(" and ")), "{ks:#?}");
    has_actor(
        "The mayor had support from the Shiv Sena, NCP, BJP and Samajwadi Party.",
        "Samajwadi Party",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn a_word_with_a_capital_inside_is_a_body() {
    use saywho::model::ActorKind::{Organization, Person};
    has_actor(
        "Heavy rain is expected on Monday, MetService said.",
        "MetService",
        Organization,
    );
    has_actor(
        "The state is ready, Governor Ron DeSantis said on Monday.",
        "Ron DeSantis",
        Person,
    );
}

#[test]
fn a_currency_prefix_is_no_country() {
    let ks = kinds("The fund lost more than US$1 billion in a year.");
    assert!(ks.is_empty(), "{ks:#?}");
}

#[test]
fn a_name_inside_a_fronted_phrase_is_not_the_subject_s() {
    let body = "Jeremy Corbyn, the Labour leader, spoke on Sunday.\n\nSpeaking after Johnson called off a visit to Moscow for talks with his Russian counterpart, Sergei Lavrov, the Labour leader said the foreign secretary should have held talks there.";
    has(
        body,
        "the foreign secretary should have held talks there",
        QuoteKind::Indirect,
        "Jeremy Corbyn",
    );
    let a = annotated("Party news", body);
    let lavrov = a.actors.iter().find(|x| x.name == "Sergei Lavrov").unwrap();
    assert!(lavrov.roles.is_empty(), "{:?}", lavrov.roles);
    assert_eq!(
        kind_of(&a, "Labour Party"),
        Some(saywho::model::ActorKind::Organization)
    );
}

#[test]
fn a_plural_title_before_listed_names_and_a_portfolio_before_a_title() {
    let body = "Union Ministers Mukhtar Abbas Naqvi and Vijay Goel met the officials.\n\n\"The poll body should act,\" Naqvi told reporters.";
    has(
        body,
        "The poll body should act,",
        QuoteKind::Direct,
        "Mukhtar Abbas Naqvi",
    );
    let a = annotated("Poll news", body);
    assert!(
        a.actors.iter().all(|x| !x.name.starts_with("Union")),
        "{:#?}",
        a.actors
    );
    // `Home` is the minister's portfolio, no place
    let a = annotated(
        "Poll news",
        "Home Minister Amit Shah said the poll body should act.",
    );
    let shah = a.actors.iter().find(|x| x.name == "Amit Shah").unwrap();
    assert_eq!(shah.roles, vec!["Home Minister".to_string()]);
    assert_eq!(a.actors.len(), 1, "{:#?}", a.actors);
}

#[test]
fn the_one_written_or_spoken_to_is_no_subject() {
    for body in [
        "Albert Ncube, in a letter to Douglas Mwonzora, said the alliance had applied for a rally.",
        "Albert Ncube in a letter to Douglas Mwonzora said the alliance had applied for a rally.",
        "Albert Ncube in a statement to reporters on Monday said the alliance had applied for a rally.",
    ] {
        has(
            body,
            "the alliance had applied for a rally",
            QuoteKind::Indirect,
            "Albert Ncube",
        );
    }
    has(
        "Jane Roe, a friend of Ann Lee, said the alliance had applied for a rally.",
        "the alliance had applied for a rally",
        QuoteKind::Indirect,
        "Jane Roe",
    );
}

#[test]
fn a_low_mark_printed_for_a_comma_does_not_open_a_quote() {
    // (the ingest step turns it back into a comma)
    let text = saywho::ingest::normalize(
        "Douglas Mwonzora\u{201a} the party's secretary general\u{201a} said the refusal was suspicious.",
    );
    has(
        &text,
        "the refusal was suspicious",
        QuoteKind::Indirect,
        "Douglas Mwonzora",
    );
}

#[test]
fn a_closing_cue_then_where_it_was_said() {
    has(
        "The airline cancelled 27 flights, Stephen Jones said in a media call on Tuesday afternoon.",
        "The airline cancelled 27 flights",
        QuoteKind::Indirect,
        "Stephen Jones",
    );
    has(
        "Net profit fell to 1.2 billion crowns, the company said in a filing to the stock exchange.",
        "Net profit fell to 1.2 billion crowns",
        QuoteKind::Indirect,
        "the company",
    );
}

#[test]
fn a_company_s_title_before_its_name_is_no_name() {
    let a = annotated(
        "Air news",
        "The CEO of Flair Airlines says he wants to apologize to customers.",
    );
    assert_eq!(
        kind_of(&a, "Flair Airlines"),
        Some(saywho::model::ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    assert!(a.actors.iter().all(|x| !x.name.starts_with("CEO")));
}

#[test]
fn headline_cues_in_title_case_and_bare_roles() {
    let body = "Prof. Folashade Ogunsola, the Vice-Chancellor of the University of Lagos, spoke on Saturday.";
    title_has(
        "UNILAG: New Fees Irreversible, Says Vice-chancellor",
        body,
        "New Fees Irreversible",
        QuoteKind::Indirect,
        "Folashade Ogunsola",
    );
    title_has(
        "Talks will fail, says minister",
        body,
        "Talks will fail",
        QuoteKind::Indirect,
        "minister",
    );
    title_has(
        "Roads to close, say police",
        body,
        "Roads to close",
        QuoteKind::Indirect,
        "police",
    );
    // a headline's topic label is no speaker
    assert!(title_quotes("UNILAG: Fees will rise next year", body).is_empty());
}

#[test]
fn a_person_named_inside_reported_speech_does_not_take_the_next_he() {
    let body = "Education Minister Osei Adutwum described the policy as a miracle.\n\nAccording to him, the policy came through the leadership of President Nana Akufo-Addo.\n\n\"Education will change the fortunes of the country,\" he said.";
    has(
        body,
        "Education will change the fortunes of the country,",
        QuoteKind::Direct,
        "Osei Adutwum",
    );
}

#[test]
fn a_role_after_a_name_that_ends_a_clause_is_not_that_name_s() {
    let body = "German government spokesman Thomas Steg rejected this.\n\nThe talks were a bilateral meeting, as were talks between Merkel and Polish Prime Minister Donald Tusk, the spokesman said.";
    has(
        body,
        "The talks were a bilateral meeting, as were talks between Merkel and Polish Prime Minister Donald Tusk",
        QuoteKind::Indirect,
        "Thomas Steg",
    );
    let a = annotated("Talks news", body);
    let tusk = a.actors.iter().find(|x| x.name == "Donald Tusk").unwrap();
    assert_eq!(tusk.roles, vec!["Prime Minister".to_string()]);
    // a demonym before a title is no coordinated place
    assert_ne!(kind_of(&a, "Merkel"), Some(saywho::model::ActorKind::Place));
}

#[test]
fn a_currency_abbreviation_does_not_end_the_sentence() {
    has(
        "Asela Bandara spoke on Monday.\n\nThe authority set the maximum price for rice at Rs. 260 and Rs. 230, he said.",
        "The authority set the maximum price for rice at Rs. 260 and Rs. 230",
        QuoteKind::Indirect,
        "Asela Bandara",
    );
}

#[test]
fn an_acronym_the_text_defined_is_a_name_even_when_it_spells_a_word() {
    has(
        "The minister wrote to the Office of Utilities Regulations (OUR) on Monday.\n\nEarlier this month, the OUR said it is not expecting an application for a tariff review.",
        "it is not expecting an application for a tariff review",
        QuoteKind::Indirect,
        "Office of Utilities Regulations",
    );
}

#[test]
fn an_assurance_or_a_warning_given_reports_its_clause() {
    has(
        "Malaysia's police chief on Tuesday gave the assurance that the investigation is ongoing.",
        "the investigation is ongoing",
        QuoteKind::Indirect,
        "Malaysia's police chief",
    );
    has(
        "The weather service issued a warning that heavy rain would hit the coast.",
        "heavy rain would hit the coast",
        QuoteKind::Indirect,
        "The weather service",
    );
}

#[test]
fn a_nickname_in_quotes_stays_out_of_the_name() {
    use saywho::model::ActorKind::Person;
    let body = "Councillor Dana “Sparky” Whitlow opposed the plan. \
                “We cannot afford it,” Whitlow said.";
    has_actor(body, "Dana Whitlow", Person);
    has(
        body,
        "We cannot afford it,",
        QuoteKind::Direct,
        "Dana Whitlow",
    );
    // the nickname is not a quote anyone said
    assert!(!quotes(body).iter().any(|(t, _, _)| t.contains("Sparky")));
    has_actor(
        "Michael \"Magic\" Halloran spoke to the crowd on Friday.",
        "Michael Halloran",
        Person,
    );
}

#[test]
fn a_connective_before_a_cue_in_commas_is_the_writers() {
    has(
        "The mayor spoke on Monday. But, she said, the plan will fail.",
        "the plan will fail",
        QuoteKind::Indirect,
        "she",
    );
    // a role nominal that spoke is whom the next `he` stands for, not a man named since
    let body = "The talks went on, interior minister Tariq Rasheed said on Thursday.\n\n\
                A bomb went off near the house of militant leader Hafiz Saeed on Wednesday.\n\n\
                The minister said that the attackers want chaos. But, he said, such efforts will fail.";
    has(
        body,
        "such efforts will fail",
        QuoteKind::Indirect,
        "Tariq Rasheed",
    );
}

#[test]
fn a_sheikh_known_by_one_name_keeps_the_style() {
    use saywho::model::ActorKind::Person;
    let body = "\"Police have achieved a great success,\" said Sheikh Rasheed in a video. \
                The borders will be fenced by December, said Rasheed.";
    has_actor(body, "Sheikh Rasheed", Person);
    has(
        body,
        "The borders will be fenced by December",
        QuoteKind::Indirect,
        "Sheikh Rasheed",
    );
    // a longer name drops it, and a later `Sheikh Karim` is the same man
    let a = annotated(
        "Emir offers talks",
        "The ruler, Emir Sheikh Karim bin Said al-Noor, offered talks. \
         Sheikh Karim's court said a date could be set.",
    );
    let karims: Vec<&str> = a
        .actors
        .iter()
        .filter(|x| x.name.contains("Karim"))
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(karims, vec!["Karim bin Said al-Noor"], "{:#?}", a.actors);
}

#[test]
fn a_role_set_before_the_name_in_commas_is_its_role() {
    let a = annotated(
        "Rates",
        "The debt is high, the bank's governor, Andrew Bailey, said on Monday.",
    );
    let bailey = a
        .actors
        .iter()
        .find(|x| x.name == "Andrew Bailey")
        .expect("Bailey");
    assert_eq!(bailey.roles, vec!["governor"]);
    // so `the governor` is him three paragraphs on, and so is the `he` after it
    let body = "Inflation is high, the bank's governor, Andrew Bailey, said on Monday.\n\n\
                Markets fell.\n\nMarkets rose.\n\nPrices climbed.\n\n\
                The governor told the newspaper that rates would rise.\n\n\
                \"We have got some very big price changes,\" he said.";
    has(
        body,
        "rates would rise",
        QuoteKind::Indirect,
        "Andrew Bailey",
    );
    has(
        body,
        "We have got some very big price changes,",
        QuoteKind::Direct,
        "Andrew Bailey",
    );
}

#[test]
fn people_named_by_a_plain_noun_speak_past_places_and_asides() {
    has(
        "Headmasters and teachers in most parts of Zimbabwe said the situation was normal.",
        "the situation was normal",
        QuoteKind::Indirect,
        "Headmasters",
    );
    // not the one written to, even after a second aside
    let body = "The inmates, in a letter to Mickel Jackson, director of a rights group, \
                had claimed that warders were absent.\n\n\
                That, they said, has left them without visits.";
    has(
        body,
        "warders were absent",
        QuoteKind::Indirect,
        "The inmates",
    );
    has(
        body,
        "That, they said, has left them without visits",
        QuoteKind::Indirect,
        "The inmates",
    );
    has(
        "In citing frustration the inmates contend that they have been ignored.",
        "they have been ignored",
        QuoteKind::Indirect,
        "the inmates",
    );
}

#[test]
fn an_acronym_listed_in_another_case_is_the_body() {
    use saywho::model::ActorKind::Organization;
    has_actor(
        "Ann Lee, spokeswoman at local government body Cosla, said rents would rise.",
        "Convention of Scottish Local Authorities",
        Organization,
    );
    has_actor(
        "Cosatu agreed with the plan on Monday.",
        "Congress of South African Trade Unions",
        Organization,
    );
    // a case nobody lists is still a word: `Who` is not the WHO
    let ks = kinds("The minister asked who knew. Who knows, she said.");
    assert!(!ks.iter().any(|(n, _)| n.contains("Health")), "{ks:?}");
}

#[test]
fn a_state_institution_named_by_its_noun_is_a_body() {
    use saywho::model::ActorKind::{Organization, Place};
    let body = "The bill passed the Senate on Monday and went to the House. \
                Congress will vote next week. The Navy said the ship sank.";
    for name in ["Senate", "House", "Congress", "Navy"] {
        has_actor(body, name, Organization);
    }
    has(body, "the ship sank", QuoteKind::Indirect, "Navy");
    // a modifier opening a sentence is not the body; `house` needs its article
    let ks = kinds("Army veterans met on Monday. House prices rose.");
    assert!(ks.is_empty(), "{ks:?}");
    // the fuller name named before takes the short one
    let a = annotated(
        "Vote",
        "The Indian Navy rescued the crew. The Navy said nobody was hurt.",
    );
    let navies: Vec<&str> = a
        .actors
        .iter()
        .filter(|x| x.name.contains("Navy"))
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(navies, vec!["Indian Navy"], "{:#?}", a.actors);
    // a party member from a place: the place
    let body = "Chair Jim Jordan, an Ohio Republican, called it a disaster.";
    has_actor(body, "Ohio", Place);
    assert!(!kinds(body).iter().any(|(n, _)| n.contains("Republican")));
}

#[test]
fn a_capitalised_office_before_a_name_is_its_role_and_its_short_form_finds_it() {
    let body = "The Minister of Agriculture and Rural Development, Alhaji Muhammad Sabo \
                Nanono has urged farmers to cut prices.\n\n\
                The minister also said the farmers should consider the subsidies.";
    let a = annotated("Prices", body);
    let n = a
        .actors
        .iter()
        .find(|x| x.name == "Muhammad Sabo Nanono")
        .expect("the honorific stays out of the name");
    assert_eq!(
        n.roles,
        vec!["Minister of Agriculture and Rural Development"]
    );
    has(
        body,
        "the farmers should consider the subsidies",
        QuoteKind::Indirect,
        "Muhammad Sabo Nanono",
    );
}

#[test]
fn a_body_then_its_officers_title_after_the_verb_names_the_officer() {
    for body in [
        "The Council of Governors (CoG) met. “We are on course,” said the CoG chairman Isaac Ruto.",
        "“We are on course,” stated the Council of Governors chairman Isaac Ruto.",
    ] {
        has(body, "We are on course,", QuoteKind::Direct, "Isaac Ruto");
    }
}

#[test]
fn a_dateline_of_several_words_in_capitals_is_a_place() {
    use saywho::model::ActorKind::Place;
    has_actor(
        "KUALA LUMPUR, Oct 21 — Floods in Kedah have receded today.",
        "Kuala Lumpur",
        Place,
    );
    // (written as a name, the capitals kept as an alias)
    has_actor(
        "PORT HAMRA (Gulf Wire) — The talks resumed on Monday.",
        "Port Hamra",
        Place,
    );
    has_actor(
        "MANILA Philippines — The senate met on Thursday.",
        "Manila",
        Place,
    );
    has_actor(
        "MANILA Philippines — The senate met on Thursday.",
        "Philippines",
        Place,
    );
    // a day after a name is when, not part of it
    has_actor(
        "Police said a truck was found in Winston-Salem Wednesday.",
        "Winston-Salem",
        Place,
    );
    // a shouted sentence is not a dateline
    assert!(kinds("THE MINISTER SAID, he would go.").is_empty());
}

#[test]
fn a_name_before_a_lower_case_office_of_a_place_is_the_place() {
    use saywho::model::ActorKind::{Person, Place};
    let body = "Mandera governor Ali Roba said his county had 52 centres.";
    has_actor(body, "Mandera", Place);
    has_actor(body, "Ali Roba", Person);
    has_actor(
        "Ruto, who is also the Bomet governor, spoke.",
        "Bomet",
        Place,
    );
}

#[test]
fn the_office_of_a_body_speaks_as_the_person_named_holding_it() {
    let title = "Head of Presidency says recording 'out of context'";
    let body = "JOHANNESBURG - Head of Presidency Sibongile Besani said the audio was \
                taken out of context.\n\nThe head of the Presidency said the party would act.";
    title_has(
        title,
        body,
        "out of context",
        QuoteKind::Partial,
        "Sibongile Besani",
    );
    has(
        body,
        "the party would act",
        QuoteKind::Indirect,
        "Sibongile Besani",
    );
}

#[test]
fn a_word_in_quotes_that_one_speaker_used_is_their_partial_quote() {
    let body = "Ms Hudson singled out the “standout” performance of its budget carrier.\n\n\
                “Jetstar had a standout year,” Vanessa Hudson said.";
    has(body, "standout", QuoteKind::Partial, "Vanessa Hudson");
    // a word nobody said stays a scare quote
    let qs =
        quotes("The firm praised the “measured” approach.\n\n“We had a good year,” Ann Lee said.");
    assert!(
        qs.iter()
            .any(|(t, k, _)| t == "measured" && *k == QuoteKind::Scare),
        "{qs:?}"
    );
}

#[test]
fn two_offices_joined_before_a_name_and_names_holding_and() {
    for body in [
        "About 200 other employees will work, said Highbury Canco President and CEO Sam Diab.",
        "According to Highbury Canco President and CEO Sam Diab, about 200 other employees will work.",
    ] {
        let qs = quotes(body);
        assert!(
            qs.iter()
                .any(|(t, k, w)| t.ends_with("200 other employees will work")
                    && *k == QuoteKind::Indirect
                    && w.as_deref() == Some("Sam Diab")),
            "{body}: {qs:?}"
        );
    }
    // a rough number opens the reported clause
    has(
        "She said over 40 people were hurt in the crash.",
        "over 40 people were hurt in the crash",
        QuoteKind::Indirect,
        "She",
    );
    // a listed name holding `and` is one body
    has(
        "The Globe and Mail reported that strategist Warren Kinsella was hired.",
        "strategist Warren Kinsella was hired",
        QuoteKind::Indirect,
        "The Globe and Mail",
    );
}

#[test]
fn admitted_takes_a_clause_without_that_only_with_its_own_subject_and_verb() {
    has(
        "Brisbane coach Kevin Walters admitted his side received the rub of the green.",
        "his side received the rub of the green",
        QuoteKind::Indirect,
        "Kevin Walters",
    );
    has(
        "He conceded the goal was a mistake.",
        "the goal was a mistake",
        QuoteKind::Indirect,
        "He",
    );
    // an object, then a second verb of the subject's
    for body in [
        "He admitted the offence and was jailed for two years.",
        "She acknowledged the support received from donors.",
        "He admitted the charge.",
    ] {
        assert!(quotes(body).is_empty(), "{body}: {:?}", quotes(body));
    }
}

#[test]
fn a_single_quote_closed_after_a_plural_looking_word_is_a_quote() {
    has(
        "The prosecutor said the body was moved afterwards as ‘a work in progress’ for disposal.",
        "a work in progress",
        QuoteKind::Partial,
        "The prosecutor",
    );
    // a plural possessive stays one: no quote opened before it
    assert!(quotes("The players’ contracts run out in May.").is_empty());
}

#[test]
fn a_participle_opening_a_sentence_is_no_name() {
    let a = annotated(
        "Harbour news",
        "Addressing supporters at the rally, Marta Kell articulated, “The campaign is for all of us.”\n\nSpeaking to reporters, the mayor said the port would reopen.",
    );
    assert!(
        a.actors
            .iter()
            .all(|x| x.name != "Addressing" && x.name != "Speaking"),
        "{:?}",
        a.actors
    );
    has(
        "Addressing supporters at the rally, Marta Kell articulated, “The campaign is for all of us.”",
        "The campaign is for all of us.",
        QuoteKind::Direct,
        "Marta Kell",
    );
}

#[test]
fn a_time_phrase_between_the_auxiliary_and_the_verb_is_skipped() {
    has(
        "The army's media wing had a day earlier said: “Agencies intercepted the calls.”",
        "Agencies intercepted the calls.",
        QuoteKind::Direct,
        "The army's media wing",
    );
    has(
        "The Harbour Board had two weeks ago said the berth would close.",
        "the berth would close",
        QuoteKind::Indirect,
        "Harbour Board",
    );
}

#[test]
fn a_name_in_apposition_to_an_indefinite_noun_speaks() {
    has(
        "Another passenger, Vickie Farrow, said she knew the danger right away.",
        "she knew the danger right away",
        QuoteKind::Indirect,
        "Vickie Farrow",
    );
}

#[test]
fn a_participle_of_saying_after_a_closing_cue_reports_its_own_clause() {
    let body = "The ministry takes 14 months to study a claim, Legaro said, adding that if the current pace continues, the province will run out of housing.";
    has(
        body,
        "The ministry takes 14 months to study a claim",
        QuoteKind::Indirect,
        "Legaro",
    );
    has(
        body,
        "if the current pace continues, the province will run out of housing",
        QuoteKind::Indirect,
        "Legaro",
    );
}

#[test]
fn a_with_phrase_may_hold_a_bracketed_acronym() {
    has(
        "Talks stalled, with the National Employers Association (Nemo) saying they would not be rushed.",
        "they would not be rushed",
        QuoteKind::Indirect,
        "National Employers Association",
    );
}

#[test]
fn maintain_takes_a_clause_with_its_own_subject_and_verb() {
    has(
        "Harbour Airlines maintains it was not an explosion.",
        "it was not an explosion",
        QuoteKind::Indirect,
        "Harbour Airlines",
    );
    assert!(quotes("Harbour Airlines maintains its lead in the market.").is_empty());
}

#[test]
fn a_free_relative_clause_ends_at_its_comma_and_the_body_noun_names_the_body() {
    let body = "A Harbour Airlines flight landed early due to what the airline said was a mechanical issue, and passengers shared their accounts.";
    has(
        body,
        "was a mechanical issue",
        QuoteKind::Indirect,
        "Harbour Airlines",
    );
}

#[test]
fn a_quoted_title_before_a_noun_for_the_work_is_no_quote() {
    assert!(
        quotes("The producers of the new “Harbour Lights” movie have settled a lawsuit.")
            .is_empty()
    );
}

#[test]
fn a_warning_noun_with_a_modifier_and_a_time_word_takes_its_clause() {
    let body = "Telecoms group Harbtel issued a shock warning today that its profits will fall and revealed that it has parted company with its network chief.";
    has(
        body,
        "its profits will fall",
        QuoteKind::Indirect,
        "Harbtel",
    );
    has(
        body,
        "it has parted company with its network chief",
        QuoteKind::Indirect,
        "Harbtel",
    );
}

#[test]
fn an_appositive_for_a_side_left_unclosed_before_the_verb() {
    has(
        "Philipp Rahn, senior counsel for the defence said the accused had no motive.",
        "the accused had no motive",
        QuoteKind::Indirect,
        "Philipp Rahn",
    );
    has(
        "Philipp Rahn, senior counsel for the defence said to the jurors, “Look at the accused. It is unlikely.”",
        "Look at the accused. It is unlikely.",
        QuoteKind::Direct,
        "Philipp Rahn",
    );
}

#[test]
fn a_clause_of_reported_speech_ends_at_a_comma_before_a_quoted_sentence() {
    let body = "Another passenger, Vickie Farrow, said she knew the danger right away, \"The noise and the shaking -- I knew instantly that this is not good.\"";
    has(
        body,
        "she knew the danger right away",
        QuoteKind::Indirect,
        "Vickie Farrow",
    );
    has(
        body,
        "The noise and the shaking -- I knew instantly that this is not good.",
        QuoteKind::Direct,
        "Vickie Farrow",
    );
}

#[test]
fn a_spokesperson_from_a_body_is_one_nominal() {
    has(
        "A spokesperson from the airline told reporters that the engine failed.",
        "the engine failed",
        QuoteKind::Indirect,
        "A spokesperson from the airline",
    );
}

#[test]
fn names_next_to_titles_nicknamed_teams_and_a_capitalised_will() {
    use saywho::model::ActorKind::{Organization, Person};
    // a title in capitals next to an acronym is no shouted text
    has_actor(
        "This was confirmed by SEIFSA’s CEO Lucio Trentini on Monday.",
        "SEIFSA",
        Organization,
    );
    has_actor(
        "National Security Adviser Moeed, who last week visited Kabul, raised the matter.",
        "Moeed",
        Person,
    );
    has_actor(
        "The All Blacks piled on seven tries against Wales.",
        "All Blacks",
        Organization,
    );
    let ks = kinds("The floodgates opened following Will Jordan’s special effort.");
    assert!(ks.iter().any(|(n, _)| n == "Will Jordan"), "{ks:?}");
    // a time zone after a time is no name
    let ks = kinds("Last updated: Jun 22 2013 | 4:30 PM IST. Protesters marched.");
    assert!(ks.iter().all(|(n, _)| n != "IST"), "{ks:?}");
}

#[test]
fn a_body_and_its_acronym_before_a_titled_person_who_heads_the_clause() {
    let body = "Bangko Sentral ng Pilipinas (BSP) Governor Eli M. Remolona Jr. struck a dovish tone, signaling that the cut may not be the last.\n\nRemolona said more cuts were possible.\n\nLater, the BSP decided to cut rates.";
    has(
        body,
        "the cut may not be the last",
        QuoteKind::Indirect,
        "Eli M. Remolona Jr",
    );
    // the surname alone is the same person (a generational suffix is no surname)
    has(
        body,
        "more cuts were possible",
        QuoteKind::Indirect,
        "Eli M. Remolona Jr",
    );
    let a = annotated("Harbour news", body);
    let bsp = a
        .actors
        .iter()
        .find(|x| x.name == "Bangko Sentral ng Pilipinas")
        .expect("the body with its Filipino `ng`");
    // the acronym the text defined names it, not the party a list knows by it
    assert_eq!(bsp.kind, saywho::model::ActorKind::Organization);
    assert_eq!(bsp.mentions.len(), 3, "{:?}", a.actors);
}

#[test]
fn what_an_office_is_of_is_a_body() {
    use saywho::model::ActorKind::Organization;
    has_actor(
        "The chairman of the Kamara Bayan said the vote would go ahead.",
        "Kamara Bayan",
        Organization,
    );
    // a name used as an adjective is none
    let ks = kinds("Merz, leader of the Christian democratic party, spoke.");
    assert!(ks.iter().all(|(n, _)| n != "Christian"), "{ks:?}");
}

#[test]
fn an_object_before_a_comma_is_no_reported_clause_and_elders_speak() {
    let qs = quotes(
        "The drought in parts of Marsabit County has claimed two lives, local elders have claimed.",
    );
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(
        qs[0].0,
        "The drought in parts of Marsabit County has claimed two lives"
    );
    assert_eq!(qs[0].2.as_deref(), Some("local elders"));
}

#[test]
fn found_dead_is_no_report() {
    let qs = quotes("The mother of a woman found dead last fall says her fight is not over.");
    assert!(qs.iter().all(|(t, _, _)| !t.starts_with("dead")), "{qs:?}");
    assert!(
        qs.iter().any(|(t, _, _)| t == "her fight is not over"),
        "{qs:?}"
    );
}

#[test]
fn mzee_is_an_honorific_and_the_industrialist_is_the_story_s_person() {
    has(
        "Mzee Barille Roba said residents were at risk of hunger.",
        "residents were at risk of hunger",
        QuoteKind::Indirect,
        "Barille Roba",
    );
    has(
        "Aliko Dangote asked the agency to act. The industrialist warned that such actions undermine public trust.",
        "such actions undermine public trust",
        QuoteKind::Indirect,
        "Aliko Dangote",
    );
}

#[test]
fn an_inverted_cue_may_close_with_a_phrase_on_where_and_when() {
    has(
        "Names and dates of birth were stolen by attackers, said Singtel in a statement on Wednesday (Feb 17).",
        "Names and dates of birth were stolen by attackers",
        QuoteKind::Indirect,
        "Singtel",
    );
}

#[test]
fn the_telco_is_the_company_the_story_follows_not_the_paper() {
    let body = "The data of some 129,000 Singtel customers were stolen, said Singtel on Wednesday.\n\nThe Straits Times understands that the data was linked to the breach.\n\nThe telco had earlier said that its files were accessed illegally.";
    has(
        body,
        "its files were accessed illegally",
        QuoteKind::Indirect,
        "Singtel",
    );
    assert_eq!(
        kind_of(&annotated("Harbour news", body), "Singtel"),
        Some(saywho::model::ActorKind::Organization)
    );
}

#[test]
fn a_clause_ends_at_a_comma_inside_a_closing_mark_before_and() {
    let body = "RCMP Supt. Michael Koppang said another arrest is expected \"imminently,\" and Norman said she won't rest until all involved are charged.";
    has(
        body,
        "another arrest is expected \"imminently,\"",
        QuoteKind::Indirect,
        "Michael Koppang",
    );
    has(
        body,
        "she won't rest until all involved are charged",
        QuoteKind::Indirect,
        "Norman",
    );
}

#[test]
fn announced_takes_a_clause_after_a_day() {
    has(
        "RCMP announced Thursday a man has been arrested in connection with the death.",
        "a man has been arrested in connection with the death",
        QuoteKind::Indirect,
        "RCMP",
    );
}

#[test]
fn a_given_name_we_do_not_list_before_a_known_surname_joins_it() {
    let a = annotated(
        "Harbour news",
        "Markram comes through\n\nAiden Markram came to the party to support De Kock.\n\nMarkram credited De Kock.",
    );
    assert!(
        a.actors.iter().any(|x| x.name == "Aiden Markram"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_body_named_for_its_country_is_a_body() {
    has_actor(
        "Police Scotland is appealing for information about an assault.",
        "Police Scotland",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn an_age_set_off_by_commas_does_not_end_a_reported_clause() {
    has(
        "Federal prosecutors argued Monsegur, 30, merited the far lesser punishment.",
        "Monsegur, 30, merited the far lesser punishment",
        QuoteKind::Indirect,
        "Federal prosecutors",
    );
}

#[test]
fn a_headline_subject_with_a_first_verb_before_says() {
    title_has(
        "Remolona backtracks, says another rate cut possible this year",
        "Central bank governor Eli Remolona spoke on Thursday.",
        "another rate cut possible this year",
        QuoteKind::Indirect,
        "Eli Remolona",
    );
}

#[test]
fn an_acronym_written_as_a_word_is_an_alias() {
    has(
        "The National Union of Flight Attendants Malaysia (Nufam) has slammed the airline. \
         \"Isn't the airline getting assistance from the government?\" asked Nufam.",
        "Isn't the airline getting assistance from the government?",
        QuoteKind::Direct,
        "National Union of Flight Attendants Malaysia",
    );
}

#[test]
fn a_given_name_alone_refers_to_the_only_person_bearing_it() {
    has(
        "Malindo Air chief executive Mushafiz Mustafa Bakri wrote to staff on Monday. \
         In the memo, Mushafiz said the efforts were insufficient.",
        "the efforts were insufficient",
        QuoteKind::Indirect,
        "Mushafiz Mustafa Bakri",
    );
}

#[test]
fn a_judge_holds_that() {
    has(
        "The judge, Justice Modupe Nicole-Clay, held that the prosecution had proven the charge.",
        "the prosecution had proven the charge",
        QuoteKind::Indirect,
        "Modupe Nicole-Clay",
    );
}

#[test]
fn a_participle_of_speech_opening_a_sentence_reports_its_clause() {
    has(
        "Pointing out that the airline had put many workers on leave, Nufam said that \
         most workers had not been paid.",
        "the airline had put many workers on leave",
        QuoteKind::Indirect,
        "Nufam",
    );
}

#[test]
fn a_quote_that_was_someones_assessment() {
    has(
        "Celtic won 2-1 on Saturday. \"A real great advert for Scottish football,\" was \
         Rodgers' assessment.",
        "A real great advert for Scottish football,",
        QuoteKind::Direct,
        "Rodgers",
    );
}

#[test]
fn a_team_before_a_role_and_name_is_not_the_speaker() {
    has(
        "Celtic manager Brendan Rodgers felt the win was \"a brilliant result\".",
        "a brilliant result",
        QuoteKind::Partial,
        "Brendan Rodgers",
    );
}

#[test]
fn a_relative_that_after_an_object_with_places_is_not_a_report() {
    let q = quotes(
        "Authorities are warning residents in several towns that could be hit by a \
         bushfire within hours to evacuate immediately.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn an_opening_participle_clause_may_end_at_a_dash() {
    has(
        "Noting that it had cut costs – such as suspending recruitment – Mushafiz said the \
         efforts were insufficient.",
        "it had cut costs – such as suspending recruitment",
        QuoteKind::Indirect,
        "Mushafiz",
    );
}

#[test]
fn told_a_meeting_a_bare_clause() {
    has(
        "The Department of Fire and Emergency Services told a community meeting the number \
         had increased from three.",
        "the number had increased from three",
        QuoteKind::Indirect,
        "Department of Fire and Emergency Services",
    );
}

#[test]
fn it_was_reported_that_has_no_speaker() {
    let q = quotes(
        "The union slammed the airline on Monday. While the chief did not provide figures, \
         it was previously reported that the company was looking to cut 2,200 jobs.",
    );
    assert!(
        q.iter()
            .any(|(t, _, w)| t.starts_with("the company was looking") && w.is_none()),
        "{q:?}"
    );
}

#[test]
fn a_dateline_before_a_bar_names_a_place() {
    has_actor(
        "PETALING JAYA | The union has slammed the airline's announcement.",
        "Petaling Jaya",
        saywho::model::ActorKind::Place,
    );
}

#[test]
fn charge_reports_only_before_that() {
    has(
        "The protesters charge that the wages being paid to labourers are woefully inadequate.",
        "the wages being paid to labourers are woefully inadequate",
        QuoteKind::Indirect,
        "The protesters",
    );
    let q = quotes("Police charged the suspect with murder on Monday.");
    assert!(q.is_empty(), "{q:?}");
    let q = quotes("Asked about the union's charge that nothing had changed, he shrugged.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn the_noun_before_a_relative_who_speaks_not_the_name_inside_the_clause() {
    has(
        "A pensioner who lives in a small fishing village in Cornwall says that he is the last local left.",
        "he is the last local left",
        QuoteKind::Indirect,
        "A pensioner",
    );
    has(
        "Maria Lenz, who grew up near Portsmouth said the harbour would close.",
        "the harbour would close",
        QuoteKind::Indirect,
        "Maria Lenz",
    );
}

#[test]
fn the_village_of_a_name_is_a_place_and_an_older_given_name_a_person() {
    let a = annotated(
        "Village news",
        "Norman Hughes moved into the village of Pen-y-Bryn 50 years ago.\n\nNorman says he is the only native speaker left.",
    );
    assert_eq!(
        kind_of(&a, "Pen-y-Bryn"),
        Some(saywho::model::ActorKind::Place)
    );
    assert_eq!(
        kind_of(&a, "Norman Hughes"),
        Some(saywho::model::ActorKind::Person)
    );
    has(
        "Norman Hughes moved into the village of Pen-y-Bryn 50 years ago.\n\nNorman says he is the only native speaker left.",
        "he is the only native speaker left",
        QuoteKind::Indirect,
        "Norman Hughes",
    );
}

#[test]
fn a_stray_space_after_an_opening_mark_mid_sentence() {
    has(
        "Joe Banda told an online press conference \" it was not right to blame the bowlers\".",
        "it was not right to blame the bowlers",
        QuoteKind::Partial,
        "Joe Banda",
    );
}

#[test]
fn nigerian_police_ranks_written_short_are_titles() {
    // (`SP` stays a party's acronym: `SP chief Akhilesh Yadav`, `the SP said`)
    has(
        "SP chief Akhilesh Yadav spoke on Monday.\n\nThe SP said it would contest all seats.",
        "it would contest all seats",
        QuoteKind::Indirect,
        "SP",
    );
    has(
        "The spokesperson for the command, CSP Musa Adewale, confirmed the arrest.\n\n\"The suspects fled,\" Adewale said.",
        "The suspects fled,",
        QuoteKind::Direct,
        "Musa Adewale",
    );
}

#[test]
fn a_body_and_a_title_with_no_name_after_it_is_the_role_holder() {
    let lead = "Harbour Space Agency (HSA) Chairman Ravi Menon spoke after the launch. Central Bank Governor Ann Lee came too.\n\n";
    for (cue, who) in [
        ("the Central Bank Governor said", "Ann Lee"),
        ("a beaming Harbour Space Agency Chairman said", "Ravi Menon"),
        ("a beaming HSA Chairman said", "Ravi Menon"),
        ("the HSA chief said", "Ravi Menon"),
    ] {
        let body = format!("{lead}\"We bounced back after the snag,\" {cue} after the launch.");
        has(
            &body,
            "We bounced back after the snag,",
            QuoteKind::Direct,
            who,
        );
        let a = annotated("Launch", &body);
        assert!(
            a.actors
                .iter()
                .all(|x| !x.name.ends_with("Chairman") && !x.name.ends_with("Governor")),
            "{cue}: {:?}",
            a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
        );
    }
    has_actor(
        "Nigeria Police\n\nThe suspects were arrested on Monday.",
        "Nigeria Police",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn a_topic_label_before_a_headline_colon_is_no_speaker() {
    let q = title_quotes(
        "Rugby: Pride in wins but 'still stuff to work on'",
        "The Harbour Blacks won on Saturday.",
    );
    assert!(
        q.iter()
            .any(|(t, _, w)| t == "still stuff to work on" && w.is_none()),
        "{q:?}"
    );
    title_has(
        "Malenko: Borovia ready for 'a ceasefire on the border, not a surrender'",
        "Foreign Minister Sergey Malenko said on Monday that Borovia wanted a ceasefire.",
        "a ceasefire on the border, not a surrender",
        QuoteKind::Partial,
        "Sergey Malenko",
    );
}

#[test]
fn a_given_name_written_short_with_a_dot_stays_in_the_name() {
    let body = "Education Minister Datuk Dr. Mohd. Radzi Jidin said the number of candidates improved.\n\n\"It is good,\" Mohd. Radzi said.\n\nRadzi said the results would be posted online.";
    has(body, "It is good,", QuoteKind::Direct, "Mohd. Radzi Jidin");
    has(
        body,
        "the results would be posted online",
        QuoteKind::Indirect,
        "Mohd. Radzi Jidin",
    );
}

#[test]
fn claims_takes_a_bare_clause_whose_verb_is_short() {
    has(
        "The group claims the authorities used arbitrary arrests.",
        "the authorities used arbitrary arrests",
        QuoteKind::Indirect,
        "The group",
    );
}

#[test]
fn kenyan_police_offices_written_short_are_titles() {
    let body = "Mbooni West OCPD James Mutiso said the matatu was speeding.\n\nThe police boss said it was overloaded.";
    has(
        body,
        "the matatu was speeding",
        QuoteKind::Indirect,
        "James Mutiso",
    );
    has(
        body,
        "it was overloaded",
        QuoteKind::Indirect,
        "James Mutiso",
    );
}

#[test]
fn a_surname_that_is_a_title_word_is_the_persons() {
    let body = "Aaron Judge hit a home run on Monday.\n\n\"I try not to watch them,\" Judge said.";
    has(
        body,
        "I try not to watch them,",
        QuoteKind::Direct,
        "Aaron Judge",
    );
    has_actor(
        "John Major spoke on Monday.",
        "John Major",
        saywho::model::ActorKind::Person,
    );
}

#[test]
fn a_party_and_letters_after_it_stay_a_nominal() {
    has(
        "Earlier, a Labour MP said the minister should resign.",
        "the minister should resign",
        QuoteKind::Indirect,
        "a Labour MP",
    );
}

#[test]
fn a_named_person_described_then_a_relative_clause() {
    has(
        "\"This bus is known for speeding,\" Mr Peter Mwangi, a rider who witnessed the accident said.",
        "This bus is known for speeding,",
        QuoteKind::Direct,
        "Peter Mwangi",
    );
}

#[test]
fn spelled_out_interview_labels() {
    let body = "Vincent Morel spoke to us after the festival.\n\nQUESTION: How did you feel receiving the award?\n\nANSWER: \"I was overjoyed, overwhelmed.\"";
    has(
        body,
        "I was overjoyed, overwhelmed.",
        QuoteKind::Direct,
        "Vincent Morel",
    );
    let a = annotated("Interview", body);
    assert!(
        a.actors
            .iter()
            .all(|x| x.name != "ANSWER" && x.name != "QUESTION"),
        "{:?}",
        a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
    );
}

#[test]
fn the_noun_before_a_participle_phrase_speaks() {
    has(
        "Attorneys representing a class of disabled city residents contended that the pavements break federal law.",
        "the pavements break federal law",
        QuoteKind::Indirect,
        "Attorneys",
    );
}

#[test]
fn asserted_takes_a_bare_clause() {
    has(
        "The emailed statement also asserted the city is not in breach of the agreement.",
        "the city is not in breach of the agreement",
        QuoteKind::Indirect,
        "The emailed statement",
    );
}

#[test]
fn the_force_and_the_society_point_back_to_the_body_named() {
    has(
        "Harbourshire Police arrested a man on Monday.\n\nThe force said it continues to target those carrying knives.",
        "it continues to target those carrying knives",
        QuoteKind::Indirect,
        "Harbourshire Police",
    );
    has(
        "The Valdor Red Cross Society sent teams on Monday.\n\nThe society said it has rescued 180 people.",
        "it has rescued 180 people",
        QuoteKind::Indirect,
        "Valdor Red Cross Society",
    );
}

#[test]
fn this_is_according_to_reports_the_sentence_before() {
    let body = "The decision not to publish the results online was \"ill-informed\" and \"irrational\".\n\nThis is according to the affidavit of a pupil, Anle Visser, in an application to the High Court.";
    has(
        body,
        "The decision not to publish the results online was \"ill-informed\" and \"irrational\"",
        QuoteKind::Indirect,
        "Anle Visser",
    );
    has(body, "ill-informed", QuoteKind::Partial, "Anle Visser");
    // (a clause of its own after the source is no such sentence)
    let q = quotes(
        "The outbreak spread to four districts. This according to the ministry was due to travel.",
    );
    assert!(
        q.iter()
            .all(|(t, _, _)| !t.starts_with("The outbreak spread")),
        "{q:?}"
    );
}

#[test]
fn a_clause_whose_comma_stands_inside_its_closing_marks() {
    has(
        "At Harbour Foods stores, prices for fresh fruit and produce have been \u{201c}peaky,\u{201d} Leighton said.",
        "At Harbour Foods stores, prices for fresh fruit and produce have been \u{201c}peaky,\u{201d}",
        QuoteKind::Indirect,
        "Leighton",
    );
    // (the marks hold most of it: the fragment alone)
    let q = quotes(
        "Al-Noor had shown \"that a small country with a large patience can do what large countries cannot,\" Varga said.",
    );
    assert!(q.iter().all(|(_, k, _)| *k != QuoteKind::Indirect), "{q:?}");
}

#[test]
fn a_gerund_subject_after_said_and_noting_with_a_clause() {
    has(
        "He said going on strike could have \u{201c}serious implications for the most vulnerable\u{201d}.",
        "going on strike could have \u{201c}serious implications for the most vulnerable\u{201d}",
        QuoteKind::Indirect,
        "He",
    );
    has(
        "Dave Lenz described the quake, noting it lasted about five seconds at the most.",
        "it lasted about five seconds at the most",
        QuoteKind::Indirect,
        "Dave Lenz",
    );
    let q = quotes("She noted it in her diary.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn places_listed_after_the_districts_of() {
    for place in ["Kasanda", "Kagadi", "Bunyangabu"] {
        has_actor(
            "The outbreak has spread to the districts of Kasanda, Kagadi and Bunyangabu.",
            place,
            saywho::model::ActorKind::Place,
        );
    }
}

#[test]
fn a_name_and_its_apposition_are_the_subject_of_a_second_verb() {
    has(
        "Ms Varga, a co-leader of the Green party, held talks with the envoy on Thursday, and told the Kremlin it would pay a high price.",
        "it would pay a high price",
        QuoteKind::Indirect,
        "Varga",
    );
}

#[test]
fn a_name_after_a_portfolio_keeps_all_its_words() {
    has(
        "\"Good investment is the key,\" said Vice Minister of Health Mr. Tran Quoc Binh at the ceremony.",
        "Good investment is the key,",
        QuoteKind::Direct,
        "Tran Quoc Binh",
    );
}

#[test]
fn short_ranks_and_offices_from_asian_copy() {
    has(
        "FAT president Pol Gen Somchai Rattana thanked the coach.\n\n\"We would like to thank you,\" Pol Gen Somchai said.",
        "We would like to thank you,",
        QuoteKind::Direct,
        "Somchai Rattana",
    );
    has(
        "Chief Justice Umar Ata Khan heard the case.\n\n\"We are thinking about this,\" CJP Khan said.",
        "We are thinking about this,",
        QuoteKind::Direct,
        "Umar Ata Khan",
    );
    let body = "CM Mitali Banerjee cried foul on Monday.\n\n\"A child can be coaxed into silence,\" stated Mitali.";
    has(
        body,
        "A child can be coaxed into silence,",
        QuoteKind::Direct,
        "Mitali Banerjee",
    );
}

#[test]
fn a_title_before_house_or_office_names_a_body() {
    has_actor(
        "According to Governor House sources, the meeting was long.",
        "Governor House",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn a_name_then_a_capitalised_body_and_title_left_unclosed() {
    has(
        "SallyAnn Kelly, Aberlour Chief Executive said the demand was high.",
        "the demand was high",
        QuoteKind::Indirect,
        "SallyAnn Kelly",
    );
}

#[test]
fn the_former_before_a_noun_is_no_pronoun() {
    has(
        "Scotland head coach Gregor Townsend says the win was his biggest.\n\n\"We want to improve,\" said the former fly-half.",
        "We want to improve,",
        QuoteKind::Direct,
        "Gregor Townsend",
    );
}

#[test]
fn an_inverted_cue_whose_name_has_an_apposition() {
    has(
        "Dust is a serious issue, but it will not end soon, said Rana Haq Dewan, adviser to the Ministry of Roads, Rail, and Ports today (12 May).",
        "Dust is a serious issue, but it will not end soon",
        QuoteKind::Indirect,
        "Rana Haq Dewan",
    );
    has(
        "Prices rose in March, said Tomas Brel, the head of the union that represents bakers.",
        "Prices rose in March",
        QuoteKind::Indirect,
        "Tomas Brel",
    );
}

#[test]
fn a_bare_role_before_to_in_apposition_names_the_person_later() {
    has(
        "Dust is serious, said Rana Haq Dewan, adviser to the ministry.\n\n\"We will act,\" added the roads adviser.",
        "We will act,",
        QuoteKind::Direct,
        "Rana Haq Dewan",
    );
}

#[test]
fn a_lineage_style_first_then_the_given_name_alone() {
    has(
        "Dust is serious, said Syeda Nargis Alam, an adviser to the ministry.\n\n\"We will act,\" Nargis said.",
        "We will act,",
        QuoteKind::Direct,
        "Syeda Nargis Alam",
    );
}

#[test]
fn the_body_chief_is_its_chairperson_named_inside_a_long_title() {
    has(
        "Department of Roads (DOR) Secretary and NDRRC Chairperson Gilberto Tavares Jr. appealed to residents.\n\nThe NDRRC chief warned that failure to leave could be illegal.",
        "failure to leave could be illegal",
        QuoteKind::Indirect,
        "Gilberto Tavares Jr",
    );
    // (the body named in full first, its acronym inside the title)
    has(
        "The National Disaster Risk Reduction Council (NDRRC) met on Sunday.\n\nDepartment of Roads (DOR) Secretary and NDRRC Chairperson Gilberto Tavares Jr. appealed to residents.\n\nThe NDRRC chief warned that failure to leave could be illegal.",
        "failure to leave could be illegal",
        QuoteKind::Indirect,
        "Gilberto Tavares Jr",
    );
}

#[test]
fn the_occasion_between_subject_and_verb_does_not_speak() {
    has(
        "Tomas Brel in a statement said that prices rose.",
        "prices rose",
        QuoteKind::Indirect,
        "Tomas Brel",
    );
    has(
        "SSP South Imran Qadir and SSP Farhan Raza in a media briefing said that police had arrested three men.\n\n\"They robbed shops,\" SSP South said.",
        "They robbed shops,",
        QuoteKind::Direct,
        "Imran Qadir",
    );
}

#[test]
fn inspector_general_of_police_and_a_long_titled_name() {
    has(
        "The attack was bad, Inspector-General of Police Tan Sri Razak Abu Bakar said today.\n\n\"We are concerned,\" Razak told reporters.",
        "We are concerned,",
        QuoteKind::Direct,
        "Razak Abu Bakar",
    );
    has(
        "The attack was bad, Inspector-General of Police Tan Sri Razak Abu Bakar said today.",
        "The attack was bad",
        QuoteKind::Indirect,
        "Razak Abu Bakar",
    );
}

#[test]
fn a_joined_clause_with_a_cue_of_its_own_ends_the_report() {
    has(
        "Setting out plans last week, Health Secretary Sajad Jalil admitted the number of people waiting will continue to rise, though he suggested it will fall by March.",
        "the number of people waiting will continue to rise",
        QuoteKind::Indirect,
        "Sajad Jalil",
    );
    has(
        "Setting out plans last week, Health Secretary Sajad Jalil admitted the number of people waiting will continue to rise, though he suggested it will fall by March.",
        "it will fall by March",
        QuoteKind::Indirect,
        "Sajad Jalil",
    );
}

#[test]
fn marks_in_a_clause_joined_after_the_cue_leave_the_report_whole() {
    has(
        "Targets may not be enough to stop waiting lists from growing, a union leader warned, as he called the plan “incredibly frustrating”.",
        "Targets may not be enough to stop waiting lists from growing",
        QuoteKind::Indirect,
        "a union leader",
    );
}

#[test]
fn a_person_noun_in_capitals_or_opening_a_headline_is_no_name() {
    let a = annotated(
        "Man gets bail after judge said: 'I'll spit you out'",
        "A MAN is to be released after a district judge refused bail.\n\nJudge Sean Mulcahy also told him he was \"superior\" to him.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name.eq_ignore_ascii_case("man")),
        "{:#?}",
        a.actors
    );
    title_has(
        "Man gets bail after judge said: 'I'll spit you out'",
        "A MAN is to be released after a district judge refused bail.\n\nJudge Sean Mulcahy also told him he was \"superior\" to him.",
        "I'll spit you out",
        QuoteKind::Direct,
        "Sean Mulcahy",
    );
}

#[test]
fn a_headline_document_is_the_one_the_body_resolved() {
    title_has(
        "Ambulance waits double in a year, audit finds",
        "Mayor Rudi Hanks called it shameful.\n\nThe National Audit Office published its review on Monday. The audit found that crews waited for hours.",
        "Ambulance waits double in a year",
        QuoteKind::Indirect,
        "National Audit Office",
    );
}

#[test]
fn a_document_from_the_body_is_the_body_s() {
    has(
        "The outbreak has reached 21 cases, according to a news release from the Orland County Health Care Agency on Wednesday.",
        "The outbreak has reached 21 cases",
        QuoteKind::Indirect,
        "Orland County Health Care Agency",
    );
}

#[test]
fn a_city_controller_is_a_title() {
    has(
        "City Controller Valerio Gomes said the ordinance could delay payments.",
        "the ordinance could delay payments",
        QuoteKind::Indirect,
        "Valerio Gomes",
    );
}

#[test]
fn one_person_known_by_two_names() {
    let body = "Opposition candidate Rabin Kyalonzo, popularly known as Bobo Vine, said on Twitter that his team had been arrested.\n\nOn Sunday Vine, whose real name is Rabin Kyalonzo, said one of his guards was hurt.";
    has(
        body,
        "one of his guards was hurt",
        QuoteKind::Indirect,
        "Rabin Kyalonzo",
    );
    let a = annotated("Harbour news", body);
    assert!(
        !a.actors.iter().any(|x| x.name == "Bobo Vine"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_portfolio_said_either_way_and_the_premier() {
    title_has(
        "Zimbabwe: New currency to lift the economy - Finance Minister",
        "Minister of Finance, Mthulo Nkube says the economy is expected to rebound.\n\n\"We will protect it,\" said Nkube.",
        "New currency to lift the economy",
        QuoteKind::Indirect,
        "Mthulo Nkube",
    );
    has(
        "Prime Minister Omar Razak said on Monday that growth was slow.\n\nThe premier said that revenues rose.",
        "revenues rose",
        QuoteKind::Indirect,
        "Omar Razak",
    );
}

#[test]
fn a_paragraph_cut_after_a_comma_is_annotated() {
    let a = annotated(
        "Schools to close",
        "Councillor Ann Price said the schools were vital.\n\nAt the cabinet meeting on Tuesday, he spoke against the proposals to close both schools, which are in the constituency,",
    );
    assert!(
        !a.warnings.iter().any(|w| w.contains("internal error")),
        "{:?}",
        a.warnings
    );
    assert!(!a.quotes.is_empty());
}

#[test]
fn hyphenated_military_ranks_are_titles() {
    has(
        "Major-General Mahmud Isa Al Adeeb said the plates did not match.\n\n\"The items confirm it,\" said Maj-Gen Al Adeeb.",
        "The items confirm it,",
        QuoteKind::Direct,
        "Mahmud Isa Al Adeeb",
    );
}

#[test]
fn a_role_brought_in_by_a_is_not_the_next_speaker() {
    let qs = quotes(
        "Police have arrested four people over an attack, a senior police official said on Monday.\n\nJane Rowe said the death toll had risen.",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("Police have arrested")
                && w.as_deref().is_some_and(|w| w.contains("police official"))),
        "{qs:#?}"
    );
}

#[test]
fn a_span_of_months_is_no_actor() {
    has(
        "Inflation was projected at 4.9% in Q1 (April-June), Governor Shanti Dasgupta had said.\n\nHe had said inflation softened during March-April, though food prices rose.",
        "inflation softened during March-April, though food prices rose",
        QuoteKind::Indirect,
        "Shanti Dasgupta",
    );
}

#[test]
fn a_headline_gov_is_the_governor() {
    title_has(
        "Talks on a rate cut premature: RBI Gov",
        "Reserve Bank of India (RBI) Governor Shanti Dasgupta on Monday said talks on a rate cut were premature.",
        "Talks on a rate cut premature",
        QuoteKind::Indirect,
        "Shanti Dasgupta",
    );
}

#[test]
fn an_officer_named_after_a_body_in_lower_case() {
    use saywho::model::ActorKind::Organization;
    has_actor(
        "Aerolinea spokeswoman Erika Montes told reporters the brakes worked.",
        "Aerolinea",
        Organization,
    );
    let a = annotated(
        "Harbour news",
        "Chief executive David Roe said the fault was fixed.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name == "Chief"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn the_service_and_the_watchdog_are_the_bodies_named() {
    has(
        "The Auckland Regional Public Health Service said a woman had died.\n\nTwelve people are in hospital, the service said.",
        "Twelve people are in hospital",
        QuoteKind::Indirect,
        "Auckland Regional Public Health Service",
    );
    has(
        "The Financial Conduct Authority fined the bank. The watchdog said the failings were serious.",
        "the failings were serious",
        QuoteKind::Indirect,
        "Financial Conduct Authority",
    );
}

#[test]
fn a_headline_judge_is_the_justice_named() {
    let a = annotated(
        "Judge slams broadcaster over “misleading” comments",
        "Justice Michael Leeds read the riot act to the broadcaster on Monday.\n\n“The assertions were wrong,” Leeds said today.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "misleading")
        .expect("headline quote");
    let who = q
        .speaker
        .as_ref()
        .and_then(|s| s.actor.as_ref())
        .and_then(|id| a.actor(id));
    assert_eq!(who.map(|x| x.name.as_str()), Some("Michael Leeds"));
}

#[test]
fn a_surname_of_its_own_wins_over_half_a_double_barrelled_one() {
    has(
        "Relatives spoke, including Nelson Rivas, who said his daughter missed her mother, Lori Lewis-Rivas.\n\n\"He killed my wife,\" Rivas told the court.",
        "He killed my wife,",
        QuoteKind::Direct,
        "Nelson Rivas",
    );
}

#[test]
fn a_phrase_of_where_or_when_between_said_and_its_clause() {
    has(
        "Harald Watt said from his perspective, it seemed councillors were making it hard to speak.",
        "it seemed councillors were making it hard to speak",
        QuoteKind::Indirect,
        "Harald Watt",
    );
    has(
        "Jane Smith said on Monday, the plan would go ahead.",
        "the plan would go ahead",
        QuoteKind::Indirect,
        "Jane Smith",
    );
}

#[test]
fn a_headline_quote_then_the_name_and_on() {
    title_has(
        "‘It was unbelievable,’ coach Salim Bhatt on Arshad Nadeem’s record throw",
        "Salim Bhatt, the coach of Arshad Nadeem, told reporters on Friday that the throw was a surprise.",
        "It was unbelievable,",
        QuoteKind::Direct,
        "Salim Bhatt",
    );
}

#[test]
fn a_pronoun_cue_then_a_long_phrase_of_where_then_a_relative() {
    has(
        "Kamal Morjani spoke on Monday.\n\nThe government would address problems that prompted the protests, such as corruption, he said at a news conference in the Red Sea resort of Sharm el-Sheikh, where Arab leaders meet this week.",
        "The government would address problems that prompted the protests, such as corruption",
        QuoteKind::Indirect,
        "Kamal Morjani",
    );
}

#[test]
fn according_to_a_source_who_added_that() {
    let body = "Prime Minister Omar Razak spoke on Monday.\n\nTax revenues have been encouraging, according to the premier, who added that the new law closed some loopholes.";
    has(
        body,
        "Tax revenues have been encouraging",
        QuoteKind::Indirect,
        "Omar Razak",
    );
    has(
        body,
        "the new law closed some loopholes",
        QuoteKind::Indirect,
        "Omar Razak",
    );
}

#[test]
fn a_preposition_opening_the_sentence_is_no_part_of_a_name() {
    use saywho::model::ActorKind::Person;
    has_actor(
        "Regarding Foreign Minister Dr. S. Varadan's visit to Karsk, officials were upbeat.",
        "S. Varadan",
        Person,
    );
}

#[test]
fn a_mayor_of_a_known_place_then_a_name_we_cannot_place() {
    use saywho::model::ActorKind::Person;
    has_actor(
        "The idea came from the Lord Mayor of Dublin Daithí de Brún last year.",
        "Daithí de Brún",
        Person,
    );
    has_actor(
        "The plan was unveiled by the Governor of Lagos State Babatunde Okonjo on Monday.",
        "Babatunde Okonjo",
        Person,
    );
    let a = annotated(
        "Harbour news",
        "The idea came from the Lord Mayor of Dublin Daithí de Brún last year.\n\nCommenting on the event, the Lord Mayor said: “I am delighted.”",
    );
    let x = a
        .actors
        .iter()
        .find(|x| x.name == "Daithí de Brún")
        .unwrap();
    assert!(x.roles.iter().any(|r| r == "Lord Mayor of Dublin"), "{x:?}");
    has(
        "The idea came from the Lord Mayor of Dublin Daithí de Brún last year.\n\nCommenting on the event, the Lord Mayor said: “I am delighted.”",
        "I am delighted.",
        QuoteKind::Direct,
        "Daithí de Brún",
    );
}

#[test]
fn the_representative_is_the_councillor_named_before() {
    has(
        "Green Party Councillor Michael Fennell was among those in attendance.\n\nThe South Inner City representative said he managed to welcome a pontoon.",
        "he managed to welcome a pontoon",
        QuoteKind::Indirect,
        "Michael Fennell",
    );
}

#[test]
fn a_month_short_form_before_a_capitalised_word_is_a_given_name() {
    has(
        "This is the view of Mar Valdez, president of the drivers' group.\n\nValdez said the strike would go on.",
        "the strike would go on",
        QuoteKind::Indirect,
        "Mar Valdez",
    );
}

#[test]
fn a_name_set_after_a_capitalised_title_speaks() {
    has(
        "Confirming the arrests, the Maroko Divisional Police Officer, Isah Bundu, told reporters that the suspects were between 20 and 29 years old.",
        "the suspects were between 20 and 29 years old",
        QuoteKind::Indirect,
        "Isah Bundu",
    );
    has(
        "Confirming the arrests, the Lagos Police Commissioner, Isah Bundu, told reporters that the suspects were young.",
        "the suspects were young",
        QuoteKind::Indirect,
        "Isah Bundu",
    );
}

#[test]
fn the_police_are_the_one_force_the_story_names() {
    let body = "Officers of the Valdor Police Service arrested two men on Monday.\n\nPolice said the men were armed.";
    has(
        body,
        "the men were armed",
        QuoteKind::Indirect,
        "Valdor Police Service",
    );
    // (two forces: no guess)
    let body = "The Valdor Police Service and the Karsk Police Department arrested two men.\n\nPolice said the men were armed.";
    has(body, "the men were armed", QuoteKind::Indirect, "Police");
}

#[test]
fn a_quote_in_single_curly_marks_continued_over_paragraphs() {
    let body = "Chief executive of the agency, Lawrence Tallis, said: ‘We are focused on making sure patients benefit.\n\n‘We are working in closer partnership with the institute.\n\n‘This marks an important step in smarter regulation.’";
    has(
        body,
        "We are focused on making sure patients benefit.",
        QuoteKind::Direct,
        "Lawrence Tallis",
    );
    has(
        body,
        "We are working in closer partnership with the institute.",
        QuoteKind::Direct,
        "Lawrence Tallis",
    );
}

#[test]
fn a_quoted_predicate_after_a_copula_is_no_ones_word() {
    let qs = quotes(
        "High levels of toxins such as phosphorus, from sewage and animal waste, are “choking rivers” and “suffocating fish and plants”.",
    );
    assert!(qs.iter().all(|(_, _, w)| w.is_none()), "{qs:#?}");
    // (but a verb of the subject's own before it keeps the subject)
    has(
        "Celtic manager Brendan Rodgers felt the win was \"a brilliant result\".",
        "a brilliant result",
        QuoteKind::Partial,
        "Brendan Rodgers",
    );
}

#[test]
fn a_gerund_after_by_is_no_cue_of_its_own() {
    let body = "Jair Bolsonaro spoke on Friday.\n\nHe said Petrobras was committing a “crime” against Brazil by posting bumper profits, while squeezing consumers at the pump.";
    has(
        body,
        "Petrobras was committing a “crime” against Brazil by posting bumper profits, while squeezing consumers at the pump",
        QuoteKind::Indirect,
        "Jair Bolsonaro",
    );
    has(body, "crime", QuoteKind::Partial, "Jair Bolsonaro");
}

#[test]
fn a_name_inside_a_longer_name_is_that_person() {
    has(
        "President Luiz Inacio Lula da Silva said on Monday he was worried.\n\n“It is speculation,” Lula told a local radio station.",
        "It is speculation,",
        QuoteKind::Direct,
        "Luiz Inacio Lula da Silva",
    );
}

#[test]
fn a_body_with_a_participle_phrase_of_where_it_is_based() {
    has(
        "Norcastle Motors sold more cars.\n\nNorcastle Motors, based in Norcastle city in Karsk, central Ruritania, said it expects to record a profit for the year.",
        "it expects to record a profit for the year",
        QuoteKind::Indirect,
        "Norcastle Motors",
    );
}

#[test]
fn an_acronym_with_a_small_of_is_the_ministry() {
    let a = annotated(
        "Harbour news",
        "The Ministry of Health has reported a second case.\n\nMoH said health teams had isolated the patient.",
    );
    let m = a
        .actors
        .iter()
        .find(|x| x.name == "Ministry of Health")
        .unwrap();
    assert!(m.aliases.iter().any(|x| x == "MoH"), "{m:?}");
}

#[test]
fn a_name_inside_an_appositive_is_not_the_subject() {
    has(
        "Salman Butt, the coach of Pakistan’s Olympic hero Arshad Nadeem, told reporters on Friday that the throw was unbelievable.",
        "the throw was unbelievable",
        QuoteKind::Indirect,
        "Salman Butt",
    );
}

#[test]
fn a_hyphenated_modifier_after_a_nickname_is_no_surname() {
    let a = annotated(
        "Harbour news",
        "The Terrence “BJ” Marcelle-arranged version got the band 277 points.",
    );
    assert!(
        a.actors.iter().all(|x| !x.name.contains("arranged")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn given_names_from_many_regions_make_a_person() {
    use saywho::model::ActorKind::Person;
    has_actor(
        "The striker Teboho Mokoena scored twice on Sunday.",
        "Teboho Mokoena",
        Person,
    );
    has_actor(
        "The report was written by Mudassar Iqbal in Lahore.",
        "Mudassar Iqbal",
        Person,
    );
}

#[test]
fn a_nickname_set_in_a_name_names_the_person() {
    has(
        "Both Joko \"Jokowi\" Wirawan and his rival spoke on Wednesday.\n\n\"We are always optimistic,\" Jokowi said after casting his vote.",
        "We are always optimistic,",
        QuoteKind::Direct,
        "Joko Wirawan",
    );
}

#[test]
fn a_subheading_shaped_like_a_headline_quote() {
    let a = annotated(
        "Sprint final",
        "Lyles won the race.\n\n\"It was a crazy moment\" - Noah Lyles on the wait before the winner was announced\n\nHe spoke later.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "It was a crazy moment")
        .unwrap();
    let who = q
        .speaker
        .as_ref()
        .and_then(|s| s.actor.as_ref())
        .and_then(|id| a.actor(id));
    assert_eq!(who.map(|x| x.name.as_str()), Some("Noah Lyles"), "{q:?}");
}

#[test]
fn straight_single_marks_left_open_after_a_colon_or_ending_a_run() {
    let body = "'For two days, I have been following shameful behaviour,' said Mostafa Kamel, head of the syndicate.\n\n'We have never been accustomed to this before.\n\n'Egypt's stages have been graced by great artists. They have never been a breeding ground for hugs.\n\nKamel spoke to reporters.\n\nHe added: 'I hold the organisers responsible because people were going to the theatre.";
    has(
        body,
        "Egypt's stages have been graced by great artists. They have never been a breeding ground for hugs.",
        QuoteKind::Direct,
        "Mostafa Kamel",
    );
    has(
        body,
        "I hold the organisers responsible because people were going to the theatre.",
        QuoteKind::Direct,
        "Mostafa Kamel",
    );
}

#[test]
fn a_phrase_of_when_or_where_between_the_verb_and_that() {
    has(
        "Union leader Claus Weber had already announced before the previous strike that the railway would be given less time to prepare.",
        "the railway would be given less time to prepare",
        QuoteKind::Indirect,
        "Claus Weber",
    );
    has(
        "Lawyer Irena Voss said outside the court that her client would appeal.",
        "her client would appeal",
        QuoteKind::Indirect,
        "Irena Voss",
    );
}

#[test]
fn a_participle_of_saying_after_a_quote_whose_mark_holds_the_comma() {
    has(
        "The railway criticized the \"far too short lead time of only 22 hours,\" saying this is a \"sheer imposition\" for passengers.",
        "this is a \"sheer imposition\" for passengers",
        QuoteKind::Indirect,
        "The railway",
    );
}

#[test]
fn a_participle_phrase_before_a_colon_cue_is_not_reported() {
    let qs = quotes(
        "Citing the 2010 acquisition of a chemical firm, Kurt Bock said:\n\n\"We made major investments.\"",
    );
    assert!(
        qs.iter().all(|(t, _, _)| !t.starts_with("Citing")),
        "{qs:#?}"
    );
    assert!(qs.iter().any(|(t, _, w)| t == "We made major investments." && w.as_deref() == Some("Kurt Bock")), "{qs:#?}");
}

#[test]
fn a_named_estimate_of_a_figure_is_no_cue() {
    let qs = quotes(
        "Earnings came in at 77.71 billion reais, slightly above the Refinitiv estimate of 76.3 billion reais.",
    );
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn verbs_of_stating_take_a_bare_clause() {
    has(
        "Anna Moskwa spoke on Monday. She stated the project would offer clean, secure, and domestically-produced energy and also boost development.",
        "the project would offer clean, secure, and domestically-produced energy and also boost development",
        QuoteKind::Indirect,
        "Anna Moskwa",
    );
    let qs = quotes("Anna Moskwa stressed the need for more power.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_second_speaker_joined_by_and_with_a_long_subject() {
    let body = "The head of the opposition, Donald Tusk, after the exit poll results, said that he was confident of victory, and the head of the ruling party, Jaroslaw Kaczynski, said that he was not sure.";
    has(
        body,
        "he was confident of victory",
        QuoteKind::Indirect,
        "Donald Tusk",
    );
    has(
        body,
        "he was not sure",
        QuoteKind::Indirect,
        "Jaroslaw Kaczynski",
    );
}

#[test]
fn a_headline_written_as_a_sentence_in_the_past() {
    title_has(
        "Opposition leader Tusk said he was confident of winning the elections.",
        "Donald Tusk spoke on Monday.",
        "he was confident of winning the elections",
        QuoteKind::Indirect,
        "Donald Tusk",
    );
}

#[test]
fn what_a_body_reports_keeps_its_subject_for_he() {
    has(
        "Mr Buhari, a former general, received 15 million votes to Mr Jonathan's 12 million, the electoral commission declared.\n\nIn all he won 19 states to Mr Jonathan's 17.\n\n\"We have put one-party state behind us,\" he said in a speech.",
        "We have put one-party state behind us,",
        QuoteKind::Direct,
        "Buhari",
    );
}

#[test]
fn a_silk_named_before_the_name_is_a_title() {
    has(
        "Defence QC Mhairi Rennie told the jurors that the jury would need to indulge in speculation.",
        "the jury would need to indulge in speculation",
        QuoteKind::Indirect,
        "Mhairi Rennie",
    );
}

#[test]
fn wire_copy_with_here_after_the_cue_and_a_double_hyphen_dateline() {
    has(
        "KARSK, Aug. 18 (Xinhua) -- A number of decisions have been taken to improve the economy, said Central Bank Governor Nandan Weeraratne here on Thursday.",
        "A number of decisions have been taken to improve the economy",
        QuoteKind::Indirect,
        "Nandan Weeraratne",
    );
}

#[test]
fn a_known_paper_with_and_after_an_article() {
    has(
        "A Globe and Mail report says intelligence officials are concerned about the vote.",
        "intelligence officials are concerned about the vote",
        QuoteKind::Indirect,
        "The Globe and Mail",
    );
}

#[test]
fn a_long_surname_typed_one_letter_wrong() {
    has(
        "President Emmerson Mnangagwa spoke on Monday.\n\n\"There used to be a man who ruled this country,\" Mngangagwa said.",
        "There used to be a man who ruled this country,",
        QuoteKind::Direct,
        "Emmerson Mnangagwa",
    );
}

#[test]
fn a_second_quote_left_open_at_the_paragraphs_end() {
    has(
        "\"I want to be very clear,\" Zhou says. \"I am a citizen. I have lived in this country for almost twenty years.",
        "I am a citizen. I have lived in this country for almost twenty years.",
        QuoteKind::Direct,
        "Zhou",
    );
}

#[test]
fn the_police_are_the_force_not_its_stations() {
    has(
        "Officers from the Rashidiya Police Station spotted the car.\n\n\"Dubai Police patrols chased the suspects' vehicle and arrested three men,\" the police said.",
        "Dubai Police patrols chased the suspects' vehicle and arrested three men,",
        QuoteKind::Direct,
        "Dubai Police",
    );
}

#[test]
fn a_long_apposition_between_the_quote_and_told() {
    has(
        "'It has become a priority for the kingdom,' Youssef Saidi, an economic expert and research fellow at the Economic Research Forum, told Arab News.",
        "It has become a priority for the kingdom,",
        QuoteKind::Direct,
        "Youssef Saidi",
    );
    has(
        "\u{201c}Health must be shared,\u{201d} the person in charge of the mission, Dr. Luis Enrique Pérez Ulloa, told EFE.",
        "Health must be shared,",
        QuoteKind::Direct,
        "Luis Enrique Pérez Ulloa",
    );
}

#[test]
fn a_lone_name_given_an_age_is_a_person() {
    has(
        "Mohammed, 50, from the town of Ouirgane, lost four family members in the quake. \u{201c}My house is gone,\u{201d} he said.",
        "My house is gone,",
        QuoteKind::Direct,
        "Mohammed",
    );
}

#[test]
fn an_acronym_keeping_a_leading_acronym_whole() {
    has(
        "The MTRC said it is introducing a new indicator for the line.\n\nBoth the government and the MTR Corporation have worked hard, officials said.",
        "it is introducing a new indicator for the line",
        QuoteKind::Indirect,
        "MTR Corporation",
    );
}

#[test]
fn a_trade_written_as_a_title() {
    has(
        "Filmmaker Tulia Nacola said the premiere had boosted confidence in local storytelling.",
        "the premiere had boosted confidence in local storytelling",
        QuoteKind::Indirect,
        "Tulia Nacola",
    );
    // (never in the plural: the Athletes Village is a place, no athlete's name)
    let a = annotated(
        "Headline here",
        "Nadeem praised the rooms he was given at the Athletes Village in Paris.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name == "Village"),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_patronymic_name_with_an_unlisted_given_name() {
    has(
        "The UAE Minister of State for Foreign Trade, Thani bin Ahmed Al-Zeyoudi, said on Friday that the agreement will provide jobs.",
        "the agreement will provide jobs",
        QuoteKind::Indirect,
        "Thani bin Ahmed Al-Zeyoudi",
    );
}

#[test]
fn an_office_named_again_in_full() {
    has(
        "The ceremony was attended by UAE Minister of Economy Abdullah bin Touq Al-Marri.\n\nThe UAE Minister of Economy stated that the partnership will help the whole region.",
        "the partnership will help the whole region",
        QuoteKind::Indirect,
        "Abdullah bin Touq Al-Marri",
    );
}

#[test]
fn an_outlet_reporting_what_someone_said() {
    has(
        "The minister said it was vital to decouple gas prices from other sources, Reuters reported.",
        "it was vital to decouple gas prices from other sources",
        QuoteKind::Indirect,
        "The minister",
    );
}

#[test]
fn a_nations_institution_by_its_demonym() {
    has(
        "The Dutch government will spend billions on the region.\n\n\"These measures will keep the company here,\" the government said in its statement.",
        "These measures will keep the company here,",
        QuoteKind::Direct,
        "Dutch government",
    );
    has(
        "Norwegian police have shot a man dead in Oslo. Police later said that only one officer was slightly hurt.",
        "only one officer was slightly hurt",
        QuoteKind::Indirect,
        "Norwegian police",
    );
}

#[test]
fn told_a_programme_named_with_its_broadcaster() {
    has(
        "Fiji Sugar and General Workers Union General Secretary, Felix Anthony, has told Radio Australia's Pacific Beat the FSC had intimidated members before the vote.",
        "the FSC had intimidated members before the vote",
        QuoteKind::Indirect,
        "Felix Anthony",
    );
    let a = annotated(
        "Headline here",
        "Fiji Sugar and General Workers Union General Secretary, Felix Anthony, spoke.",
    );
    assert!(
        a.actors
            .iter()
            .any(|x| x.name == "Fiji Sugar and General Workers Union"),
        "{:?}",
        a.actors
    );
}

#[test]
fn people_joined_to_a_group_speak() {
    has(
        "Activists and indigenous people told Climate Home they were concerned about the remarks.",
        "they were concerned about the remarks",
        QuoteKind::Indirect,
        "Activists",
    );
}

#[test]
fn a_purpose_phrase_before_a_cue_is_no_report() {
    let qs = quotes(
        "To fund a crackdown against gang violence, the recently elected president Daniel Noboa suggested a moratorium on the vote.",
    );
    assert!(
        !qs.iter().any(|(t, _, _)| t.starts_with("To fund")),
        "{qs:?}"
    );
}

#[test]
fn the_company_is_no_nations_government() {
    has(
        "The Dutch government will spend billions after tech giant ASML Holding NV threatened to expand abroad. ASML is the most valuable technology firm in Europe, and ASML makes the machines that make chips.\n\nThe government said it would act quickly. According to the company, more than half of its employees are based there.",
        "more than half of its employees are based there",
        QuoteKind::Indirect,
        "ASML Holding NV",
    );
}

#[test]
fn the_quoted_object_of_a_promise() {
    has(
        "President Hakainde Hichilema was sworn in on Tuesday. He promises a \u{201c}better democracy\u{201d} to the millions of Zambians who voted.",
        "better democracy",
        QuoteKind::Partial,
        "Hakainde Hichilema",
    );
}

#[test]
fn a_relative_clause_missing_its_opening_comma() {
    has(
        "Prime Minister Abiy Ahmed who signed the deal with President Muse Bihi Abdi in the capital, wrote on X that the day was historic.",
        "the day was historic",
        QuoteKind::Indirect,
        "Abiy Ahmed",
    );
}

#[test]
fn a_pronoun_named_by_the_verbless_sentence_after() {
    has(
        "\u{201c}We cannot go back,\u{201d} he told Efe. Kevin Prado, 27-year-old business student, at the Lima protest.",
        "We cannot go back,",
        QuoteKind::Direct,
        "Kevin Prado",
    );
    has(
        "\u{201c}They were real heroes,\u{201d} the woman told EFE. Cuban ambassador in Italy, Mirta Granda Averhoff.",
        "They were real heroes,",
        QuoteKind::Direct,
        "Mirta Granda Averhoff",
    );
    // (a sentence with a verb of its own names someone else)
    let qs =
        quotes("\u{201c}They were real heroes,\u{201d} he said. John Smith, the mayor, disagreed.");
    assert!(
        qs.iter()
            .all(|(_, _, w)| w.as_deref() != Some("John Smith")),
        "{qs:?}"
    );
}

#[test]
fn said_the_man_of_a_nation() {
    has(
        "Exiles manager Graham Coughlan was pleased with the three points.\n\n\u{201c}They are capable of that,\u{201d} said the Irishman.",
        "They are capable of that,",
        QuoteKind::Direct,
        "Graham Coughlan",
    );
}

#[test]
fn a_locals_number_between_the_union_and_its_president() {
    has(
        "\u{201c}The final sheet came off the machine,\u{201d} said UNIFOR Local 233 president Stephane Lefebvre.",
        "The final sheet came off the machine,",
        QuoteKind::Direct,
        "Stephane Lefebvre",
    );
}

#[test]
fn a_title_in_the_plural_in_men() {
    has(
        "City Councilmen Bill Gulliford and Greg Anderson sponsored the bill.\n\n\u{201c}You wonder how effective it is,\u{201d} Gulliford said.",
        "You wonder how effective it is,",
        QuoteKind::Direct,
        "Bill Gulliford",
    );
}

#[test]
fn a_participle_after_a_bracketed_agency_dateline() {
    has(
        "(Bloomberg) -- President Luiz Inacio Lula da Silva kept pressure on the central bank, saying on Tuesday that its chief still has a chance to change course.",
        "its chief still has a chance to change course",
        QuoteKind::Indirect,
        "Luiz Inacio Lula da Silva",
    );
}

#[test]
fn a_given_name_standing_for_the_whole_name() {
    has(
        "West Java agency head Diden Trisnadi expressed concern about the harvest.\n\n\u{201c}Production could drop,\u{201d} Diden said.",
        "Production could drop,",
        QuoteKind::Direct,
        "Diden Trisnadi",
    );
}

#[test]
fn a_single_closing_mark_glued_to_the_cue() {
    has(
        "\u{2018}To pay that for tomatoes is an absolute madness,\u{2019}said housewife Samiha Ashour in a Cairo market.",
        "To pay that for tomatoes is an absolute madness,",
        QuoteKind::Direct,
        "Samiha Ashour",
    );
}

#[test]
fn a_countrys_central_bank_and_its_pronoun() {
    has(
        "Turkey\u{2019}s central bank raised its main rate on Thursday.\n\nIt said this was only the start of a long process.\n\n\u{201c}Tightening will be strengthened as needed,\u{201d} the central bank said.",
        "Tightening will be strengthened as needed,",
        QuoteKind::Direct,
        "Turkey\u{2019}s central bank",
    );
    // (an office of the body is a person's role, no body of its own)
    let a = annotated(
        "Headline here",
        "Jamaica's police chief explained the release.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name == "Jamaica's police"),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_bodys_noun_named_by_the_acronym_after_it() {
    has(
        "TOKYO, Dec. 8 (Xinhua) \u{2014} A capsule has been transported to Japan, the national aerospace and space agency (JAXA) said here Tuesday.\n\nAccording to the space agency, the probe was collected from the desert two days earlier.",
        "the probe was collected from the desert two days earlier",
        QuoteKind::Indirect,
        "JAXA",
    );
}

#[test]
fn a_pronouns_quote_closing_its_paragraph_is_no_rule_failure() {
    // (the sentence after the cue was looked for past the paragraph's end)
    let a = annotated(
        "Headline here",
        "and he told them \u{201c}we will go on\u{201d}",
    );
    assert!(
        !a.warnings.iter().any(|w| w.contains("internal error")),
        "{:?}",
        a.warnings
    );
}

#[test]
fn a_participle_inside_a_relative_clause() {
    has(
        "The budget was presented by Council Leader Mark Pritchard, who gave more time to the consultation than to the figures, adding: \u{201c}The consultation received 3797 responses.\u{201d}",
        "The consultation received 3797 responses.",
        QuoteKind::Direct,
        "Mark Pritchard",
    );
}

#[test]
fn a_name_as_an_object_does_not_end_a_nominal_speakers_turn() {
    has(
        "\u{201c}Mr Cain never came inside,\u{201d} the witness told the court.\n\nHe testified that at one point, a police officer had to order Cain back into the jury room.\n\n\u{201c}Most of the time, he didn't even say anything,\u{201d} he testified.",
        "Most of the time, he didn't even say anything,",
        QuoteKind::Direct,
        "the witness",
    );
}

#[test]
fn a_man_speaks_in_a_clause_after_its_subordinator() {
    has(
        "Justice Michael White addressed the jury. He reminded them of an interruption, when a man entered the room and told her to \"put a stop to it\" and said \"no more testimony\".",
        "no more testimony",
        QuoteKind::Partial,
        "a man",
    );
}

#[test]
fn an_unlisted_given_name_after_a_trade_or_a_family_name_first() {
    has(
        "Entre R\u{ed}os Province businessman Natalio Mario Grinman said that the first six months will be terrible.",
        "the first six months will be terrible",
        QuoteKind::Indirect,
        "Natalio Mario Grinman",
    );
    has(
        "\"Orders have been plunging,\" Nguyen Thanh Can, chairman of the company, told VnExpress International.",
        "Orders have been plunging,",
        QuoteKind::Direct,
        "Nguyen Thanh Can",
    );
}

#[test]
fn a_name_inside_the_clause_before_he_said_is_not_he() {
    has(
        "Security council secretary-general Paradorn Pattanatabut spoke on Monday.\n\nThe information was with DSI director-general Tarit Pengdith, he said.",
        "The information was with DSI director-general Tarit Pengdith",
        QuoteKind::Indirect,
        "Paradorn Pattanatabut",
    );
    // (a name opening that clause is still its speaker)
    has(
        "Police chief Anna Varga spoke on Monday. Anna Varga will travel to Paris next week, she said.",
        "Anna Varga will travel to Paris next week",
        QuoteKind::Indirect,
        "Anna Varga",
    );
}

#[test]
fn the_subject_of_a_clause_after_but_is_whom_he_means_next() {
    has(
        "Colombia coach Nestor Lorenzo praised his team after Daniel Munoz was sent off.\n\nMunoz was dismissed after a wild elbow on Manuel Ugarte earned him a second yellow but Lorenzo had no harsh words for his player.\n\n\"I gave him a hug,\" he said.",
        "I gave him a hug,",
        QuoteKind::Direct,
        "Nestor Lorenzo",
    );
}

#[test]
fn a_title_then_a_name_set_off_by_one_comma() {
    let body = "The Norcastle Bank Board Chairman, Mr Ivo Tamm said profits at the lender rose sharply last year.";
    has(
        body,
        "profits at the lender rose sharply last year",
        QuoteKind::Indirect,
        "Ivo Tamm",
    );
    let qs = quotes(body);
    assert!(
        !qs.iter().any(|(t, _, _)| t.contains("Chairman")),
        "{qs:#?}"
    );
    let a = annotated("Headline here", body);
    let tamm = a.actors.iter().find(|x| x.name == "Ivo Tamm").unwrap();
    assert_eq!(tamm.roles, vec!["Board Chairman".to_string()]);
    assert!(
        a.actors.iter().any(|x| x.name == "Norcastle Bank"),
        "{:?}",
        a.actors
    );
    // and the office named again with the body is the same person
    has(
        &format!(
            "{body} The Norcastle Bank Board Chairman stated that growth had been strong all year."
        ),
        "growth had been strong all year",
        QuoteKind::Indirect,
        "Ivo Tamm",
    );
}

#[test]
fn an_office_after_a_bodys_bracketed_acronym() {
    let body = "Harbour Promotions Corporation (HAPRO) President, Lena Voss, said investment in the island rose sharply last year. The HAPRO Head, who was addressing a session of the Harbour Diaspora Conference in Karsk on July 25, further noted that consumer confidence is at an all-time high.";
    has(
        body,
        "consumer confidence is at an all-time high",
        QuoteKind::Indirect,
        "Lena Voss",
    );
    let a = annotated("Headline here", body);
    let voss = a.actors.iter().find(|x| x.name == "Lena Voss").unwrap();
    assert_eq!(voss.roles, vec!["President".to_string()]);
    assert!(
        !a.actors.iter().any(|x| x.name.contains("Head")),
        "{:?}",
        a.actors
    );
    // a headline closing on the body's head gives the holder
    title_has(
        "Harbour Ripe for Business – HAPRO Head",
        body,
        "Harbour Ripe for Business",
        QuoteKind::Indirect,
        "Lena Voss",
    );
}

#[test]
fn a_lowercase_head_after_a_bodys_name() {
    let body = "West Karsk Farm and Food Crops Agency head Diden Trisnadi expressed concern that rice production might fall sharply this year. The agency head said more rain was expected after the harvest season.";
    has(
        body,
        "more rain was expected after the harvest season",
        QuoteKind::Indirect,
        "Diden Trisnadi",
    );
    // a verb `head` before a body is no title
    let a = annotated(
        "Headline here",
        "The company chose Peter Brandt to head Norbank Japan last year. Brandt said sales would rise sharply this year.",
    );
    let brandt = a.actors.iter().find(|x| x.name == "Peter Brandt").unwrap();
    assert!(brandt.roles.is_empty(), "{:?}", brandt.roles);
}

#[test]
fn according_to_a_given_name_is_no_place() {
    let a = annotated(
        "Headline here",
        "Agency head Diden Trisnadi expressed concern that rice production might fall sharply.\n\n\u{201c}If the drought goes on, production could drop,\u{201d} Diden said.\n\nDrought, according to Diden, has affected at least 67,000 ha of rice fields in the province.",
    );
    let d = a
        .actors
        .iter()
        .find(|x| x.name == "Diden Trisnadi")
        .unwrap();
    assert!(d.aliases.iter().any(|x| x == "Diden"), "{:?}", a.actors);
    assert!(
        !a.actors.iter().any(|x| x.name == "Diden"),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_described_leader_is_the_leader_the_story_follows() {
    let body = "President Ana Ruiz kept pressure on the central bank, saying on Tuesday that its governor still has a chance to change course.\n\nThe leftist leader, speaking to reporters, said the bank owes an explanation to congress for keeping rates high.";
    has(
        body,
        "the bank owes an explanation to congress for keeping rates high",
        QuoteKind::Indirect,
        "Ana Ruiz",
    );
    // the opposition's leader is someone else
    let qs = quotes(
        "President Ana Ruiz said on Tuesday that the bank still has a chance to change course.\n\nThe opposition leader said the bank owes an explanation to congress for keeping rates high.",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("the bank owes") && w.as_deref() != Some("Ana Ruiz")),
        "{qs:#?}"
    );
}

#[test]
fn a_hausa_honorific_and_a_verb_after_the_name() {
    let a = annotated(
        "Headline here",
        "The adviser, Hajiya Fa’ika Ahmad, said she led officials of the State Emergency Management Agency to conduct an assessment.",
    );
    let f = a.actors.iter().find(|x| x.name == "Fa’ika Ahmad").unwrap();
    assert_eq!(f.roles, vec!["adviser".to_string()]);
}

#[test]
fn a_portfolio_goes_on_over_and_past_a_bodys_word() {
    let a = annotated(
        "Headline here",
        "Borovia's Minister for Energy and Mineral Resources Arifin Tasrif told The Harbour Times the government had been studying which plants could close.",
    );
    let t = a.actors.iter().find(|x| x.name == "Arifin Tasrif").unwrap();
    assert_eq!(
        t.roles,
        vec!["Minister for Energy and Mineral Resources".to_string()]
    );
    assert!(
        !a.actors.iter().any(|x| x.name.starts_with("Minister")),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_ghanaian_police_rank_written_short() {
    has(
        "DCOP Kofi Mensah, who confirmed the arrests to Accra-based Joy News, said police would not allow any other security force at the polls.",
        "police would not allow any other security force at the polls",
        QuoteKind::Indirect,
        "Kofi Mensah",
    );
}

#[test]
fn a_countrys_president_leaves_the_country_a_place() {
    for body in [
        "Officials thanked US President Donald Trump for his understanding. The US has a big trade surplus.",
        "Officials thanked Kenya President William Ruto for his understanding.",
    ] {
        let a = annotated("Headline here", body);
        let country = if body.contains("US") {
            "United States"
        } else {
            "Kenya"
        };
        assert_eq!(
            kind_of(&a, country),
            Some(saywho::model::ActorKind::Place),
            "{:?}",
            a.actors
        );
        assert_eq!(
            a.actors
                .iter()
                .filter(|x| x.kind == saywho::model::ActorKind::Place)
                .count(),
            1,
            "{:?}",
            a.actors
        );
    }
    // a company's president still names a company
    let a = annotated(
        "Headline here",
        "Officials thanked Acme President Donald Lee for his understanding.",
    );
    assert_eq!(
        kind_of(&a, "Acme"),
        Some(saywho::model::ActorKind::Organization)
    );
}

#[test]
fn a_lone_name_described_as_a_person_is_a_persons() {
    for (body, name) in [
        (
            "Hong, a 50-year-old patient, said she has been in hospital for over a week now.",
            "Hong",
        ),
        (
            "\u{201c}Twenty is good because that could help me pay the bills,\u{201d} said Akeem, another supermarket worker.",
            "Akeem",
        ),
    ] {
        let a = annotated("Headline here", body);
        assert_eq!(
            kind_of(&a, name),
            Some(saywho::model::ActorKind::Person),
            "{:?}",
            a.actors
        );
        // (a number written as a word is nobody)
        assert!(
            !a.actors.iter().any(|x| x.name == "Twenty"),
            "{:?}",
            a.actors
        );
    }
}

#[test]
fn a_quote_paragraph_after_a_patients_words_is_hers() {
    let qs = quotes(
        "\u{201c}We send some cases home,\u{201d} said Huong, a doctor.\n\nHong, a 50-year-old patient, said she has been in hospital for over a week now.\n\nAfter being taken to the hospital, she had to wait for four hours in the emergency room.\n\n\u{201c}But I was lucky to get admitted, eventually.\u{201d}",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("But I was lucky") && w.as_deref() == Some("Hong")),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_paragraph_after_a_fragment_with_its_cue() {
    let qs = quotes(
        "The protesters \u{201c}will not give up,\u{201d} said Itzik Shmuli, a leader of the movement, addressing a crowd in Tel Aviv.\n\n\u{201c}They demand change and will not stop until real solutions come.\u{201d}",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("They demand change")
                && w.as_deref() == Some("Itzik Shmuli")),
        "{qs:#?}"
    );
}

#[test]
fn a_person_placed_somewhere_before_a_relative_clause() {
    has(
        "However, another worker within the same premises, who is older and has three children, said the new figure falls far short of what families need.",
        "the new figure falls far short of what families need",
        QuoteKind::Indirect,
        "another worker",
    );
}

#[test]
fn a_participle_after_a_fronted_time_phrase() {
    for body in [
        "Earlier on Tuesday, Ann Lee defended the bank's autonomy, saying it allows monetary policy to be free from political cycles.",
        "Earlier, Ann Lee defended the plan, saying the bank allows monetary policy to be free from political cycles.",
    ] {
        let qs = quotes(body);
        assert!(
            qs.iter()
                .any(|(t, _, w)| t.contains("allows monetary policy")
                    && w.as_deref() == Some("Ann Lee")),
            "{body}: {qs:#?}"
        );
    }
}

#[test]
fn a_bare_plural_subject_before_a_participle() {
    let qs = quotes(
        "Police and government officials have defended security forces, saying they were working to maintain order.",
    );
    assert!(
        qs.iter().any(|(t, _, w)| t.starts_with("they were working")
            && w.as_deref()
                .is_some_and(|w| w.eq_ignore_ascii_case("police"))),
        "{qs:#?}"
    );
}

#[test]
fn a_manager_of_a_company_named_after_its_founder() {
    let body = "During a panel discussion that followed, Manager of Pedro Plains Sauces and Director of the Harbour Exporters Association (HEA), Paul Lewis hailed the agency for its help, noting that his company is indebted to the entity.";
    has(
        body,
        "his company is indebted to the entity",
        QuoteKind::Indirect,
        "Paul Lewis",
    );
    let a = annotated("Headline here", body);
    assert_eq!(
        kind_of(&a, "Pedro Plains Sauces"),
        Some(saywho::model::ActorKind::Organization),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_question_put_to_the_subject_and_a_since_phrase_are_no_reports() {
    let qs = quotes(
        "One of the officers is just 23 years old. Snelling was asked how that person made it to a specialised team.\n\nSince its founding in 1955, the party has ruled the country almost continuously.",
    );
    assert!(qs.is_empty(), "{qs:#?}");
    // the subject asking is reported
    has(
        "Snelling asked how that person made it to a specialised team so quickly.",
        "how that person made it to a specialised team so quickly",
        QuoteKind::Indirect,
        "Snelling",
    );
}

#[test]
fn a_person_noun_for_a_body_then_the_name_set_off() {
    let body = "A spokesman for the National Fire Administration, Liang Yu-chu, said 45 people had been pulled alive from the mudslide.";
    has(
        body,
        "45 people had been pulled alive from the mudslide",
        QuoteKind::Indirect,
        "Liang Yu-chu",
    );
    let a = annotated("Headline here", body);
    assert_eq!(
        kind_of(&a, "Liang Yu-chu"),
        Some(saywho::model::ActorKind::Person)
    );
}

#[test]
fn a_second_report_joined_by_and_and_a_contrast_after_while() {
    let body = "Judge Eugene Kelly said the claims were very serious and he said he had grave concerns about the case.";
    has(
        body,
        "the claims were very serious",
        QuoteKind::Indirect,
        "Eugene Kelly",
    );
    has(
        body,
        "he had grave concerns about the case",
        QuoteKind::Indirect,
        "Eugene Kelly",
    );
    has(
        "Finance Minister Riikka Purra has said that pensions must be up for debate, while the National Coalition Party has said nothing.",
        "pensions must be up for debate",
        QuoteKind::Indirect,
        "Riikka Purra",
    );
}

#[test]
fn said_at_the_time_then_the_clause() {
    has(
        "Police said at the time they had arrested nearly 600 people.",
        "they had arrested nearly 600 people",
        QuoteKind::Indirect,
        "Police",
    );
    // (`at the time of ...` is no time phrase before a clause)
    let qs = quotes("Police said at the time of the arrest the men were armed.");
    assert!(
        !qs.iter().any(|(t, _, _)| t.starts_with("of the arrest")),
        "{qs:#?}"
    );
}

#[test]
fn the_one_called_on_is_no_speaker() {
    let qs = quotes(
        "More than 2300 people have signed a petition that calls on the council to \u{201c}implement a rent pressure zone across the city\u{201d}.",
    );
    assert!(
        !qs.iter()
            .any(|(_, _, w)| w.as_deref() == Some("the council")),
        "{qs:#?}"
    );
}

#[test]
fn rarer_verbs_and_made_it_clear_report_a_that_clause() {
    has(
        "When one motion did pass the mayor quipped that he would take whatever victories he could.",
        "he would take whatever victories he could",
        QuoteKind::Indirect,
        "the mayor",
    );
    has(
        "Councillor Josh Matlow asked for funds to be held in reserve, and made it clear that he wants the extension dead.",
        "he wants the extension dead",
        QuoteKind::Indirect,
        "Josh Matlow",
    );
    // (a writer's `Recall that` is nobody's report)
    has(
        "Recall that earlier this year, the Harbour Consultants Association (HCA) disclosed that more than 100 of its members left the country.",
        "more than 100 of its members left the country",
        QuoteKind::Indirect,
        "Harbour Consultants Association",
    );
    assert!(quotes("The decision made the city clear of debt for the first time.").is_empty());
}

#[test]
fn an_according_to_aside_inside_the_sentence() {
    has(
        "The plan, according to officials, would cost the city millions.",
        "The plan, according to officials, would cost the city millions",
        QuoteKind::Indirect,
        "officials",
    );
    has(
        "Prices rose sharply, according to officials.",
        "Prices rose sharply",
        QuoteKind::Indirect,
        "officials",
    );
}

#[test]
fn the_agency_is_the_body_the_story_called_so() {
    has(
        "National meteorological agency DMI on Wednesday warned of dangerous weather in the Funen area.\n\nWater levels were up to 175 centimetres above normal in some areas, the agency said.",
        "Water levels were up to 175 centimetres above normal in some areas",
        QuoteKind::Indirect,
        "DMI",
    );
    // (a short phrase with no verb before the comma is no report)
    let qs = quotes(
        "Also on Wednesday, the Danish Storm Council confirmed flooding conditions on the north coast.",
    );
    assert!(qs.is_empty(), "{qs:#?}");
    has(
        "Prices will fall, the minister said.",
        "Prices will fall",
        QuoteKind::Indirect,
        "the minister",
    );
}

#[test]
fn according_to_data_named_by_its_words() {
    has(
        "Cambodia has a big trade surplus with the United States, according to official data.",
        "Cambodia has a big trade surplus with the United States",
        QuoteKind::Indirect,
        "official data",
    );
    has(
        "The Freedom Party won 28.8 percent of votes, according to near-complete results.",
        "The Freedom Party won 28.8 percent of votes",
        QuoteKind::Indirect,
        "near-complete results",
    );
}

#[test]
fn a_malay_royal_line_or_a_sayed_stays_in_the_name() {
    // (the honour after the royal style is dropped; the style is kept)
    has(
        "Its chief executive Tengku Datuk Zafrul Tengku Abdul Aziz spoke to analysts.\n\nTengku Zafrul said the second half would be tough.",
        "the second half would be tough",
        QuoteKind::Indirect,
        "Tengku Zafrul Tengku Abdul Aziz",
    );
    has(
        "Tunku Ismail said the team would win the cup.",
        "the team would win the cup",
        QuoteKind::Indirect,
        "Tunku Ismail",
    );
    has(
        "Sayed Aga Saqib, the police chief, visited the valley.\n\nAga Saqib said eight houses had been washed away.",
        "eight houses had been washed away",
        QuoteKind::Indirect,
        "Sayed Aga Saqib",
    );
}

#[test]
fn an_unnamed_official_of_the_lead_is_the_holder_who_says_the_same_later() {
    let body = "Police have arrested four people over a grenade attack at a bus station, a senior police official said on Monday.\n\nThe Red Cross said seven people had died.\n\nNairobi police chief Antony Kibuchi told Reuters four people had been arrested but he gave no further details.";
    has(
        body,
        "Police have arrested four people over a grenade attack at a bus station",
        QuoteKind::Indirect,
        "Antony Kibuchi",
    );
    has(
        body,
        "four people had been arrested",
        QuoteKind::Indirect,
        "Antony Kibuchi",
    );
    // (a holder who speaks of something else is someone else)
    let other = "Police have arrested four people over a grenade attack at a bus station, a senior police official said on Monday.\n\nNairobi police chief Antony Kibuchi told reporters the festival would go ahead as planned.";
    has(
        other,
        "Police have arrested four people over a grenade attack at a bus station",
        QuoteKind::Indirect,
        "senior police official",
    );
    // (a minister's words, a minister later: the portfolio may come first)
    has(
        "Indonesia has identified 32 coal-fired power plants for possible closure, a senior minister said.\n\nMinister for Energy and Mineral Resources Arifin Tasrif told The Straits Times the government had studied which power plants could be closed early.",
        "Indonesia has identified 32 coal-fired power plants for possible closure",
        QuoteKind::Indirect,
        "Arifin Tasrif",
    );
}

#[test]
fn told_with_a_count_opening_the_clause() {
    has(
        "Antony Kibuchi told reporters 12 people had died in the blast.",
        "12 people had died in the blast",
        QuoteKind::Indirect,
        "Antony Kibuchi",
    );
    has(
        "Antony Kibuchi told reporters several homes were damaged.",
        "several homes were damaged",
        QuoteKind::Indirect,
        "Antony Kibuchi",
    );
    has(
        "Antony Kibuchi said the suspects had been charged but declined to elaborate.",
        "the suspects had been charged",
        QuoteKind::Indirect,
        "Antony Kibuchi",
    );
}

#[test]
fn a_headline_chief_is_the_body_head_who_speaks_next() {
    let a = annotated(
        "HSE chief concedes service is 'behind target' on waiting lists",
        "The plan to cut waiting lists is running late, a committee heard.\n\nAnswering questions, the HSE interim chief executive Stephen Mulvany said: “It’s behind target.”",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "behind target")
        .expect("the headline's partial quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Stephen Mulvany")
    );
    // (a secretary of state is no body's boss)
    let b = annotated(
        "Waiting lists could grow despite targets, health boss warns",
        "Targets may not be enough, a health service leader warned.\n\nHealth Secretary Sajid Javid said the number waiting will rise for two years.",
    );
    let q = b
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Waiting lists could grow"))
        .expect("the headline's report");
    assert_ne!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Sajid Javid")
    );
}

#[test]
fn a_time_phrase_after_a_bodys_acronym_keeps_the_body_as_subject() {
    for body in [
        "The Independent National Electoral Commission (INEC) on Sunday cautioned parties against the release of results, stressing that only the commission is responsible.",
        "The Independent National Electoral Commission (INEC), on Sunday cautioned parties against the release of results, stressing that only the commission is responsible.",
    ] {
        has(
            body,
            "only the commission is responsible",
            QuoteKind::Indirect,
            "Independent National Electoral Commission",
        );
    }
}

#[test]
fn an_acronym_before_a_title_is_a_body_and_its_holder_the_described_chief() {
    has_actor(
        "NASA Administrator Bill Nelson spoke on Monday.",
        "NASA",
        saywho::model::ActorKind::Organization,
    );
    has_actor(
        "NASA Administrator Bill Nelson spoke on Monday.",
        "Bill Nelson",
        saywho::model::ActorKind::Person,
    );
    has(
        "INEC Chairman, Mahmood Yakubu opened the centre in Abuja.\n\n“I appeal to all parties,” Yakubu said.\n\nThe electoral chief said the centre will be open all day.",
        "the centre will be open all day",
        QuoteKind::Indirect,
        "Mahmood Yakubu",
    );
}

#[test]
fn a_participle_hung_on_a_closing_cue() {
    has(
        "In total, the party prevailed in 36 of the 81 provinces, state-run Anadolu Agency reported, making inroads into many strongholds.",
        "In total, the party prevailed in 36 of the 81 provinces",
        QuoteKind::Indirect,
        "Anadolu Agency",
    );
    // (a participle before the cue's subject is no such thing)
    has(
        "India desires a positive, constructive and mutually beneficial relationship with Bangladesh, visiting Indian foreign secretary Vikram Misri said on Monday.",
        "India desires a positive, constructive and mutually beneficial relationship with Bangladesh",
        QuoteKind::Indirect,
        "Vikram Misri",
    );
}

#[test]
fn a_page_label_opening_a_line_is_no_actor() {
    let ks = kinds(
        "FILES – This combination of two file photos shows Xochitl Galvez in Mexico City.\n\nWATCH: The mayor spoke in Pandan.",
    );
    assert!(
        !ks.iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("files") || n == "WATCH"),
        "{ks:?}"
    );
}

#[test]
fn a_closing_mark_opening_a_lowercase_quote_and_a_name_after_a_body() {
    has(
        "Joseph Made told a committee that this year’s harvest would ”significantly improve” because of rain.",
        "significantly improve",
        QuoteKind::Partial,
        "Joseph Made",
    );
    has(
        "\"This happened,\" deputy press secretary of Japan's Foreign Ministry Yukiko Okano said to reporters on Sunday.",
        "This happened,",
        QuoteKind::Direct,
        "Yukiko Okano",
    );
}

#[test]
fn a_name_then_an_owned_role_then_the_verb() {
    has(
        "The first hike will come into effect on August 1st, Philippe Martin, France’s new minister for ecology and energy, announced on Tuesday.",
        "The first hike will come into effect on August 1st",
        QuoteKind::Indirect,
        "Philippe Martin",
    );
    // (and the lead's role is his, for a minister named later with the portfolio
    // after the office)
    has(
        "Electricity prices are set for a steep rise in August, France’s new environment minister announced on Tuesday.\n\nThe first hike will come into effect on August 1st, Philippe Martin, France’s new minister for ecology and energy, announced on Tuesday.",
        "Electricity prices are set for a steep rise in August",
        QuoteKind::Indirect,
        "Philippe Martin",
    );
}

#[test]
fn a_kind_of_business_before_a_name_makes_it_a_company() {
    let body = "Carmaker Toyota said sales rose.\n\nRetailer Walmart posted a profit.\n\nLow-cost airlines Ryanair and others cancelled flights.";
    for name in ["Toyota", "Walmart", "Ryanair"] {
        has_actor(body, name, saywho::model::ActorKind::Organization);
    }
    let ks = kinds(body);
    assert!(!ks.iter().any(|(n, _)| n.starts_with("Carmaker")), "{ks:?}");
}

#[test]
fn an_outlet_quoting_someone_as_saying_gives_the_one_quoted() {
    has(
        "“They received transfers of funds,” Reuters quoted Anton Charliyan as saying.",
        "They received transfers of funds,",
        QuoteKind::Direct,
        "Anton Charliyan",
    );
    has(
        "Anton Charliyan spoke on Monday.\n\nThe Times quoted him as saying: “We will win.”",
        "We will win.",
        QuoteKind::Direct,
        "Anton Charliyan",
    );
}

#[test]
fn where_it_was_posted_online_is_no_report() {
    let qs = quotes(
        "Adhanom spoke to Shoukry to \"congratulate him on his appointment,\" the senior diplomat said on his official Facebook page.",
    );
    assert!(!qs.iter().any(|(t, _, _)| t.contains("Facebook")), "{qs:?}");
    has(
        "The Moroccan Labor Union claimed on its website more than 83% of the sector participated in the strike.",
        "more than 83% of the sector participated in the strike",
        QuoteKind::Indirect,
        "Moroccan Labor Union",
    );
    has(
        "The minister said on his official Facebook page the talks had gone well.",
        "the talks had gone well",
        QuoteKind::Indirect,
        "The minister",
    );
}

#[test]
fn a_statement_issued_saying_is_its_issuers_report() {
    has(
        "The NBRU issued a statement saying it did not condone the action.",
        "it did not condone the action",
        QuoteKind::Indirect,
        "NBRU",
    );
    has(
        "The ministry posted a message on X saying the roads were closed.",
        "the roads were closed",
        QuoteKind::Indirect,
        "The ministry",
    );
    // (of two bodies joined after an article, the first speaks, as with names)
    has(
        "The NBRU and Siptu issued statements saying they did not “condone” the unofficial action.",
        "condone",
        QuoteKind::Partial,
        "NBRU",
    );
}

#[test]
fn participles_of_warning_and_saying_take_bare_clauses() {
    has(
        "Unions are gearing up for another strike day, warning they are prepared to step up their actions.",
        "they are prepared to step up their actions",
        QuoteKind::Indirect,
        "Unions",
    );
    has(
        "Driss described problems in education, saying teachers were not setting students up for life.",
        "teachers were not setting students up for life",
        QuoteKind::Indirect,
        "Driss",
    );
}

#[test]
fn a_body_described_between_dashes_still_speaks() {
    has(
        "X-Press Shipping – the Singapore based company which owns the vessel – confirmed the crew had been aware of the leak.",
        "the crew had been aware of the leak",
        QuoteKind::Indirect,
        "X-Press Shipping",
    );
}

#[test]
fn a_participle_of_saying_before_that_without_its_comma() {
    has(
        "The minister rallied investors to come and invest in Zimbabwe highlighting that Zimbabwe is a safe destination for investments.",
        "Zimbabwe is a safe destination for investments",
        QuoteKind::Indirect,
        "The minister",
    );
    // (a text's participle is the text's, not its writer's report)
    let qs = quotes("Amnesty published a report highlighting that workers were unpaid.");
    assert!(
        !qs.iter().any(|(_, _, w)| w.as_deref() == Some("Amnesty")),
        "{qs:?}"
    );
}

#[test]
fn a_lead_minister_is_the_one_minister_who_speaks_later() {
    let body = "Spain wanted to send a message with its crackdown on holiday lets, a minister said on Tuesday.\n\nThe ministry blocked 65,000 listings last month.\n\n“Obviously there is a correlation between these two facts,” Consumer Rights Minister Pablo Bustinduy told reporters.";
    has(
        body,
        "Spain wanted to send a message with its crackdown on holiday lets",
        QuoteKind::Indirect,
        "Pablo Bustinduy",
    );
    // (not one kept anonymous)
    let anon = "Spain wanted to send a message with its crackdown on holiday lets, a minister said on Tuesday, speaking on condition of anonymity.\n\n“Obviously there is a correlation between these two facts,” Consumer Rights Minister Pablo Bustinduy told reporters.";
    let qs = quotes(anon);
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("Spain wanted")
                && w.as_deref() != Some("Pablo Bustinduy")),
        "{qs:?}"
    );
}

#[test]
fn a_name_after_a_bodys_acronym_is_a_person_of_its_own() {
    has(
        "The President of the ASTI Eamon Dennehy said the year had been tough.",
        "the year had been tough",
        QuoteKind::Indirect,
        "Eamon Dennehy",
    );
    has_actor(
        "The President of the ASTI Eamon Dennehy said the year had been tough.",
        "ASTI",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn manner_verbs_close_a_quote() {
    let body = "Salman Butt, the coach, told reporters the throw was unbelievable.\n\n“I knew he had a big throw, but that was really surprising,” Butt chuckled.\n\n“The fees are simply too high,” the mayor fumed.";
    has(
        body,
        "I knew he had a big throw, but that was really surprising,",
        QuoteKind::Direct,
        "Salman Butt",
    );
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("The fees") && w.as_deref() == Some("the mayor")),
        "{qs:?}"
    );
}

#[test]
fn who_added_without_a_comma_after_a_named_speaker() {
    has(
        "“I have no doubt he is mistaken,” said Sgt Donal Cronin who added that the garda was highly experienced.",
        "the garda was highly experienced",
        QuoteKind::Indirect,
        "Donal Cronin",
    );
}

#[test]
fn a_lone_quote_paragraph_takes_the_voice_of_the_next_quote() {
    let body = "Parties returned to the Federal Court today seeking costs.\n\n“There are various aspects of the conduct of the network which cause me concern.”\n\n“The assertions of its spokesman were premature,” Justice Michael Lee said today.";
    has(
        body,
        "There are various aspects of the conduct of the network which cause me concern.",
        QuoteKind::Direct,
        "Michael Lee",
    );
    // (not when the next paragraph's cue comes first)
    let body2 = "Parties returned to the Federal Court today seeking costs.\n\n“There are various aspects of the conduct of the network which cause me concern.”\n\nJustice Michael Lee said the assertions of its spokesman were premature.";
    let qs = quotes(body2);
    assert!(
        qs.iter()
            .any(|(t, _, w)| t.starts_with("There are") && w.is_none()),
        "{qs:?}"
    );
}

#[test]
fn a_team_or_company_before_a_title_is_part_of_the_role() {
    for (body, who) in [
        (
            "Uganda Cranes Head Coach Paul Put said the players were in the right shape.",
            "Paul Put",
        ),
        (
            "Kenya Power Managing Director Joseph Siror said the outage was over.",
            "Joseph Siror",
        ),
        (
            "Mombasa County Chief Health Officer Khadija Shikely said the outbreak was contained.",
            "Khadija Shikely",
        ),
    ] {
        let qs = quotes(body);
        assert!(
            qs.iter().any(|(_, _, w)| w.as_deref() == Some(who)),
            "{body}: {qs:?}"
        );
    }
}

#[test]
fn a_former_holder_is_not_the_role_now_and_an_office_of_a_body_before_a_name_is_a_role() {
    let body = "The caretaker coach of the Super Eagles, Austin Eguavoen, has said that the team is improving.\n\nUnder former coach Gernot Rohr, the team had struggled.\n\nThe coach told the players, “You have no other country to play for.”";
    has(
        body,
        "You have no other country to play for.",
        QuoteKind::Direct,
        "Austin Eguavoen",
    );
}

#[test]
fn two_quotes_joined_by_and_share_the_cue_after_them() {
    let body = "Presidential spokesman Manuel Adorni spoke on Friday.\n\n\"There is a change of era\" and \"a widespread rejection for these characters\" asserted Adorni.";
    has(
        body,
        "There is a change of era",
        QuoteKind::Partial,
        "Manuel Adorni",
    );
}

#[test]
fn an_outlets_web_address_is_one_name_and_no_person() {
    let body = "Araghchi warned that the latest US measures send the wrong signal, Caliber.Az reports per Iranian media.\n\n“If the parties engage in provocative actions, it can cast doubt on their seriousness,” he stated.";
    has(
        body,
        "If the parties engage in provocative actions, it can cast doubt on their seriousness,",
        QuoteKind::Direct,
        "Araghchi",
    );
    has_actor(body, "Caliber.Az", saywho::model::ActorKind::Organization);
}

#[test]
fn evidence_verbs_inside_a_clause_are_no_cue_of_their_own() {
    let body = "Disinflation is a \"long term process\" but preliminary data suggests it continues in a healthy way in November, Karahan said.";
    has(body, "long term process", QuoteKind::Partial, "Karahan");
    let qs = quotes(body);
    assert!(
        qs.iter().any(|(t, k, w)| *k == QuoteKind::Indirect
            && t.starts_with("Disinflation is")
            && w.as_deref() == Some("Karahan")),
        "{qs:?}"
    );
}

#[test]
fn a_list_of_states_is_no_verb_and_a_second_fragment_follows_the_first() {
    has(
        "Edward Kallon said aid in Borno, Yobe and Adamawa states was the immediate priority.",
        "aid in Borno, Yobe and Adamawa states was the immediate priority",
        QuoteKind::Indirect,
        "Edward Kallon",
    );
    has(
        "The humanitarian co-ordinator, Edward Kallon, said “life-saving assistance to the most vulnerable” in Borno and Adamawa states was the “immediate priority”.",
        "immediate priority",
        QuoteKind::Partial,
        "Edward Kallon",
    );
}

#[test]
fn a_report_inside_what_a_court_heard_is_the_accuseds() {
    let body = "Michael Francis, 32, denies murder.\n\nNorthampton Crown Court heard he told detectives another man was responsible but has declined to name him.\n\nThe court heard he admitted being present but told detectives: \"I did not murder him.\"\n\nHe told detectives he picked up the wallet from the ground, the jury heard.";
    has(
        body,
        "another man was responsible",
        QuoteKind::Indirect,
        "Michael Francis",
    );
    has(
        body,
        "I did not murder him.",
        QuoteKind::Direct,
        "Michael Francis",
    );
    has(
        body,
        "he picked up the wallet from the ground",
        QuoteKind::Indirect,
        "Michael Francis",
    );
}

#[test]
fn an_adverb_after_the_auxiliary_and_a_relative_clause_that_reports() {
    has(
        "Femke Halsema has now told city councillors that she is available for a further period.",
        "she is available for a further period",
        QuoteKind::Indirect,
        "Femke Halsema",
    );
    let body = "Helena Helmersson ran the company.\n\nHelmersson, who has spent four years at the helm and said the job had been very demanding, will be replaced by Daniel Erver.";
    has(
        body,
        "the job had been very demanding",
        QuoteKind::Indirect,
        "Helena Helmersson",
    );
}

#[test]
fn a_place_phrase_after_the_speaking_noun_and_a_reason_cited() {
    has(
        "However, the four largest indigenous groups in the area on Monday said they were pulling out of those talks, citing dissatisfaction with the miner.",
        "they were pulling out of those talks",
        QuoteKind::Indirect,
        "four largest indigenous groups",
    );
    has(
        "Residents in the town said they were angry about the closure.",
        "they were angry about the closure",
        QuoteKind::Indirect,
        "Residents",
    );
}

#[test]
fn a_body_described_by_its_rank_is_the_body_named_before() {
    has(
        "Barclays Bank cut rates on Monday.\n\nBritain's biggest bank said profits would rise next year.",
        "profits would rise next year",
        QuoteKind::Indirect,
        "Barclays Bank",
    );
}

#[test]
fn a_headline_chief_is_a_central_banks_governor() {
    has_title_speaker(
        "Turkey central bank to adjust policy despite slowdown, chief says",
        "ISTANBUL (Reuters) - Turkey's central bank will adjust policy to hit its targets despite a recent slowdown, Governor Fatih Karahan said on Wednesday.",
        None,
        "Fatih Karahan",
    );
}

#[test]
fn a_bodys_title_after_the_verb_is_its_holder() {
    has_title_speaker(
        "‘I am not Sanjay of Mahabharat’, says RBI Guv on future rate cuts",
        "RBI Governor Sanjay Malhotra said the central bank has reduced the repo rate.",
        None,
        "Sanjay Malhotra",
    );
}

#[test]
fn a_named_persons_own_report_carried_by_sources() {
    has(
        "CMOC’s Vice President Kenny Ives told delegates at a closed-door session during an industry meeting in Singapore that Congo should lift the export curbs, the sources said.",
        "Congo should lift the export curbs",
        QuoteKind::Indirect,
        "Kenny Ives",
    );
    has(
        "Kenny Ives spoke on Monday.\n\nIves said China’s pipeline inventory was running out, said the sources.",
        "China’s pipeline inventory was running out",
        QuoteKind::Indirect,
        "Kenny Ives",
    );
}

#[test]
fn a_headline_cue_after_its_claim_without_a_comma() {
    has_title_speaker(
        "Consumers in distress says Shoprite CEO",
        "Shoprite CEO Pieter Engelbrecht said SA customers are buying smaller portions.",
        Some("Consumers in distress"),
        "Pieter Engelbrecht",
    );
}

#[test]
fn a_month_that_is_a_womans_name_after_an_office() {
    has(
        "Commenting via Twitter, Executive nurse director June Brown said: \"Our emergency departments are facing extreme pressure.\"",
        "Our emergency departments are facing extreme pressure.",
        QuoteKind::Direct,
        "June Brown",
    );
    // (a month in a date stays a month)
    let a = annotated(
        "Headline",
        "The board met in June. Officials said in June Parliament would vote.",
    );
    assert!(!a.actors.iter().any(|x| x.name.starts_with("June")));
}

#[test]
fn a_first_name_alone_named_twice_is_a_person() {
    has(
        "A struggling business owner is urging the Government to act.\n\nSandra* had been paying the same rent on her home for four years.\n\nIt's an extra cost Sandra can't afford.\n\n\"This is my home,\" she explained.",
        "This is my home,",
        QuoteKind::Direct,
        "Sandra",
    );
    // (a bill's number makes it a thing)
    let a = annotated(
        "Headline",
        "Students protested against Bill 904 on Friday. Unions oppose Bill 904 too.",
    );
    assert_ne!(kind_of(&a, "Bill"), Some(saywho::model::ActorKind::Person));
}

#[test]
fn one_of_a_group_speaks_and_is_he_after() {
    let body = "Minister of Health Joseph Kasonde is expected to issue a statement.\n\nOne of the students, who did not want to be identified, said pharmacies were closed on Thursday.\n\n\"The work is too much for us,\" he said.";
    has(
        body,
        "pharmacies were closed on Thursday",
        QuoteKind::Indirect,
        "One of the students",
    );
    has(
        body,
        "The work is too much for us,",
        QuoteKind::Direct,
        "One of the students",
    );
}

#[test]
fn an_office_with_its_portfolio_in_brackets_before_the_name() {
    let a = annotated(
        "Headline",
        "The Minister of State in Vice President’s Office (Union Affairs and Environment), Mr January Makamba, yesterday told the Parliament that serious measures are required.",
    );
    let m = a
        .actors
        .iter()
        .find(|x| x.name == "January Makamba")
        .expect("the minister");
    assert!(
        m.roles
            .iter()
            .any(|r| r == "Minister of State in Vice President’s Office"),
        "{:?}",
        m.roles
    );
    has(
        "The Minister of State in Vice President’s Office (Union Affairs and Environment), Mr January Makamba, yesterday told the Parliament that serious measures are required.\n\nAccording to the minister, the biggest challenge is poor environment knowledge.",
        "the biggest challenge is poor environment knowledge",
        QuoteKind::Indirect,
        "January Makamba",
    );
}

#[test]
fn a_plural_possessive_before_a_noun_that_is_also_a_speech_verb() {
    has(
        "Economist Nguyen Tri Hieu told Hanoitimes that the real estate businesses’ demand for capital is quite high.",
        "the real estate businesses’ demand for capital is quite high",
        QuoteKind::Indirect,
        "Nguyen Tri Hieu",
    );
    // (a single quote closed before an inverted cue stays a quote)
    has(
        "‘Enough is enough for the players’ say unions.",
        "Enough is enough for the players",
        QuoteKind::Direct,
        "unions",
    );
}

#[test]
fn a_person_described_as_an_investor_in_something() {
    has_actor(
        "Nguyen Van Hung, an investor in the corporate bonds of real estate, told Hanoitimes that the yields are attractive.",
        "Nguyen Van Hung",
        saywho::model::ActorKind::Person,
    );
    has_actor(
        "Berkshire Hathaway, an investor in the corporate bonds, said the yields are attractive.",
        "Berkshire Hathaway",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn sri_opening_a_place_is_no_style() {
    has_actor(
        "Vithanage, a member of the Sri Lanka Podujana Peramuna (SLPP), has the support of 17 members.",
        "Sri Lanka Podujana Peramuna",
        saywho::model::ActorKind::Organization,
    );
    has_actor(
        "Sri Lanka Cricket said on Monday the tour will go ahead.",
        "Sri Lanka Cricket",
        saywho::model::ActorKind::Organization,
    );
    // (a style still, before a person's name)
    has(
        "Tan Sri Muhyiddin Yassin said the coalition was intact.",
        "the coalition was intact",
        QuoteKind::Indirect,
        "Muhyiddin Yassin",
    );
}

#[test]
fn a_document_owned_by_a_common_noun_is_not_the_last_speakers() {
    has(
        "Irina Kovac called the CNS report „a verdict written in Valdor“.\n\nThe advisers' report says the craters are „consistent with rounds“.",
        "consistent with rounds",
        QuoteKind::Partial,
        "The advisers' report",
    );
}

#[test]
fn pointed_out_reports_before_or_after_its_clause() {
    has(
        "Estrela pointed out that the town was cut off.",
        "the town was cut off",
        QuoteKind::Indirect,
        "Estrela",
    );
    has(
        "Mayor Vasco Estrela spoke on Thursday.\n\nA large fire destroyed most of the municipality at the end of July, Estrela pointed out.",
        "A large fire destroyed most of the municipality at the end of July",
        QuoteKind::Indirect,
        "Vasco Estrela",
    );
    // (`pointed to` reports nothing)
    assert!(quotes("Analysts pointed to the rise in prices since May.").is_empty());
}

#[test]
fn a_dateline_in_capitals_after_a_standfirst() {
    let body = "All three are classified as witnesses, say police.\n\nSEPANG: Police have recorded statements from three persons.\n\nSepang district police chief Wan Kamarul Azran Wan Yusof said the statements were recorded on Sunday.";
    let qs = quotes(body);
    assert!(
        !qs.iter()
            .any(|(t, _, _)| t.starts_with("Police have recorded")),
        "{qs:#?}"
    );
}

#[test]
fn a_noun_after_a_singular_determiner_and_a_modifier_is_no_cue() {
    has(
        "Police have recorded statements in response to a police report after a lawyer allegedly suggested that a court decision could be fixed.",
        "a court decision could be fixed",
        QuoteKind::Indirect,
        "a lawyer",
    );
}

#[test]
fn a_paraphrase_closing_on_a_longer_partial_before_its_cue() {
    has(
        "Demand for Peru’s textile exports has fallen probably “because of the fear of recession,” Velarde said.",
        "Demand for Peru’s textile exports has fallen probably “because of the fear of recession,”",
        QuoteKind::Indirect,
        "Velarde",
    );
    has(
        "Demand for Peru’s textile exports has fallen probably “because of the fear of recession,” Velarde said.",
        "because of the fear of recession,",
        QuoteKind::Partial,
        "Velarde",
    );
}

#[test]
fn a_person_named_after_a_body_closed_by_its_head_word() {
    has(
        "CEO of Icelandair Group Bogi Nils Bogason says losses will be faced in the coming weeks.\n\n“We just think it’s important,” says Bogi.",
        "We just think it’s important,",
        QuoteKind::Direct,
        "Bogi Nils Bogason",
    );
}

#[test]
fn states_after_a_quantifier_is_the_noun() {
    has(
        "Foreign Minister Pradeep Kumar Gyawali spoke.\n\nOne major goal of the foreign policy is to develop cordial relations with various states to realize the aspiration of ‘Prosperous Nepal, Happy Nepalis’, he said.",
        "One major goal of the foreign policy is to develop cordial relations with various states to realize the aspiration of ‘Prosperous Nepal, Happy Nepalis’",
        QuoteKind::Indirect,
        "Pradeep Kumar Gyawali",
    );
}

#[test]
fn expressed_the_hope_that() {
    has(
        "Foreign Minister Pradeep Kumar Gyawali has expressed the hope that any issue with India would be resolved through talks.",
        "any issue with India would be resolved through talks",
        QuoteKind::Indirect,
        "Pradeep Kumar Gyawali",
    );
    // (condolences are no report)
    assert!(quotes("The company expressed its condolences to the family.").is_empty());
}

#[test]
fn a_possessive_inside_a_party_name() {
    has(
        "Hun Sen's Cambodian People's Party (CPP) announced late Sunday it had taken 68 seats.",
        "it had taken 68 seats",
        QuoteKind::Indirect,
        "Cambodian People's Party",
    );
    has_actor(
        "The People's Bank of China said rates would hold.",
        "People's Bank of China",
        saywho::model::ActorKind::Organization,
    );
}

#[test]
fn hon_before_a_name_is_a_style() {
    let a = annotated(
        "Headline",
        "The Minister of Food and Agriculture, Hon. Bryan Acheampong says the government will soon roll out a policy.",
    );
    assert!(!a.actors.iter().any(|x| x.name == "Hon"), "{:?}", a.actors);
    has(
        "The Minister of Food and Agriculture, Hon. Bryan Acheampong says the government will soon roll out a policy.",
        "the government will soon roll out a policy",
        QuoteKind::Indirect,
        "Bryan Acheampong",
    );
}

#[test]
fn an_office_acronym_between_a_place_and_a_name() {
    has(
        "Balaka DHO Bertha Maseko said the drug shortage has been dogging the hospital.\n\n\"We are running out,\" Maseko explained.",
        "We are running out,",
        QuoteKind::Direct,
        "Bertha Maseko",
    );
    // (a title the lists know stays the title)
    let a = annotated(
        "Headline",
        "Shoprite CEO Pieter Engelbrecht said SA customers are buying smaller portions.",
    );
    let p = a
        .actors
        .iter()
        .find(|x| x.name == "Pieter Engelbrecht")
        .expect("the CEO");
    assert!(p.roles.iter().any(|r| r == "CEO"), "{:?}", p.roles);
    // (a person's initials in capitals are part of the name)
    has_actor(
        "Lawyers AKM Shafiqul Alam and Ataul Hakim Laltu also argued for the accused.",
        "AKM Shafiqul Alam",
        saywho::model::ActorKind::Person,
    );
}

#[test]
fn continued_closing_a_report() {
    has(
        "Naqvi said the contract was restored. Imad Wasim was asked to rescind his decision to retire, the PCB chief continued.\n\nHe said there would be no favouritism in team selection.",
        "there would be no favouritism in team selection",
        QuoteKind::Indirect,
        "Naqvi",
    );
    // (`continued to` is no cue)
    assert!(
        quotes("Prices continued to rise in May, and the central bank continued its review.")
            .is_empty()
    );
}

#[test]
fn a_view_expressed_or_proffered() {
    has(
        "Minister Kerrie Symmonds spoke at the launch.\n\nHe expressed the view that the partnership would go down in history as a model for investment.",
        "the partnership would go down in history as a model for investment",
        QuoteKind::Indirect,
        "Kerrie Symmonds",
    );
    has(
        "Symmonds proffered the view that renewable energy technology must be accessed by Barbadians of all walks of life.",
        "renewable energy technology must be accessed by Barbadians of all walks of life",
        QuoteKind::Indirect,
        "Symmonds",
    );
}

#[test]
fn a_police_unit_speaks_through_according_to() {
    has(
        "According to the Corporate Communications Unit of the Jamaica Constabulary Force, a female was at her home late Thursday night when gunmen fired shots at the house.",
        "a female was at her home late Thursday night when gunmen fired shots at the house",
        QuoteKind::Indirect,
        "Corporate Communications Unit",
    );
}

#[test]
fn the_diplomat_of_a_country_is_the_person_named_with_it() {
    has(
        "Iran’s Foreign Minister Abbas Araghchi has strongly criticized the United States.\n\nAraghchi warned that the latest US measures send the wrong signal.\n\nThe Iranian diplomat emphasized that Iran is carefully monitoring developments.",
        "Iran is carefully monitoring developments",
        QuoteKind::Indirect,
        "Abbas Araghchi",
    );
    // (not a person of another country)
    let qs = quotes(
        "US Secretary of State Marco Rubio warned that the measures would stay.\n\nThe Iranian diplomat emphasized that Iran is carefully monitoring developments.",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t == "Iran is carefully monitoring developments"
                && w.as_deref() == Some("The Iranian diplomat")),
        "{qs:#?}"
    );
}

#[test]
fn a_person_in_a_with_phrase_is_no_subject() {
    has(
        "Coach Walid Regragui has described the win as beautiful after his team silenced Al Ahly.\n\nFuelled by a deafening atmosphere, the Botola side tamed the Red Devils with Zouhair El Moutaraji finding the net on two occasions.\n\nBasking in the euphoria of the victory, the 46-year-old stated it was a great feat.",
        "it was a great feat",
        QuoteKind::Indirect,
        "Walid Regragui",
    );
}

#[test]
fn coun_is_a_style_and_chided_a_cue() {
    let a = annotated(
        "Headline",
        "Today Coun. Diane Deans urged her colleagues to add funding.",
    );
    assert!(!a.actors.iter().any(|x| x.name == "Coun"), "{:?}", a.actors);
    has(
        "Today Coun. Diane Deans urged her colleagues to add funding.\n\n\"This is your budget, not mine,\" the veteran councillor chided the mayor.",
        "This is your budget, not mine,",
        QuoteKind::Direct,
        "Diane Deans",
    );
}

#[test]
fn expressed_that_and_an_office_adjective() {
    has(
        "Presidential spokesman Manuel Adorni expressed that most Argentines are against the unionists.",
        "most Argentines are against the unionists",
        QuoteKind::Indirect,
        "Manuel Adorni",
    );
    let a = annotated(
        "Headline",
        "Presidential spokesman Manuel Adorni expressed that most Argentines are against the unionists.",
    );
    assert!(
        !a.actors.iter().any(|x| x.name == "Presidential"),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_consequence_in_the_writers_words_ends_the_clause() {
    has(
        "H&M chief executive Helena Helmersson announced Wednesday she was stepping down, sending shares in the fashion retailer tumbling.",
        "she was stepping down",
        QuoteKind::Indirect,
        "Helena Helmersson",
    );
}

#[test]
fn while_stating_that_before_the_subject() {
    has(
        "Mayor Homer Davis visited the area.\n\nWhile stating that he will leave it up to the security forces to decide, Davis said the area needs some type of special intervention.",
        "he will leave it up to the security forces to decide",
        QuoteKind::Indirect,
        "Homer Davis",
    );
}

#[test]
fn research_speaks_as_a_document() {
    has(
        "The research, conducted between January and February in three African countries, said Mombasa had the highest prevalence rate at 20 per cent.",
        "Mombasa had the highest prevalence rate at 20 per cent",
        QuoteKind::Indirect,
        "The research",
    );
}

#[test]
fn a_document_conducted_by_a_body_is_the_bodys() {
    has(
        "The research, conducted by investment management firm JLL, suggests rents in Edinburgh will see a 3.3 per cent increase per year.",
        "rents in Edinburgh will see a 3.3 per cent increase per year",
        QuoteKind::Indirect,
        "JLL",
    );
}

#[test]
fn the_word_after_a_datelines_dash_opens_the_sentence() {
    for body in [
        "OSLO, March 4 (Wire) - Copper prices hit a record high on Tuesday, traders said.",
        "OSLO - Copper prices hit a record high on Tuesday, traders said.",
    ] {
        let a = annotated("Copper hits record high", body);
        assert!(
            !a.actors.iter().any(|x| x.name == "Copper"),
            "{body}: {:#?}",
            a.actors
        );
    }
    // a name there is still a name
    let a = annotated(
        "Talks resume",
        "OSLO (Wire) - Anna Varga said on Tuesday that the talks would resume.",
    );
    assert!(
        a.actors.iter().any(|x| x.name == "Anna Varga"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_group_before_a_phrase_of_places_speaks() {
    has(
        "Women at a relief camp in Kenya's Orsa said the water they get is not clean.",
        "the water they get is not clean",
        QuoteKind::Indirect,
        "Women",
    );
    has(
        "People at a relief camp in rural Karsk say their living condition is difficult.",
        "their living condition is difficult",
        QuoteKind::Indirect,
        "People",
    );
    // a place within a known place is a place
    let a = annotated("Camps fill", "Families in Kenya's Orsa waited for aid.");
    assert_eq!(
        kind_of(&a, "Orsa"),
        Some(saywho::model::ActorKind::Place),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_participle_without_its_comma_before_a_colon_is_the_subjects() {
    has(
        "A rail group spokesperson rebutted the accusations saying: \"We all want these talks to succeed.\"",
        "We all want these talks to succeed.",
        QuoteKind::Direct,
        "A rail group spokesperson",
    );
}

#[test]
fn a_headline_label_with_a_bodys_possessive_is_the_person() {
    title_has(
        "RMT’s Mick Lynch: ‘We will be in this for as long as it takes’",
        "Mick Lynch, secretary general of the union, said workers would fight on.",
        "We will be in this for as long as it takes",
        QuoteKind::Direct,
        "Mick Lynch",
    );
}

#[test]
fn a_bare_plural_opens_a_reported_clause() {
    has(
        "Councillor Lorna Jones told the Chronicle residents were putting bricks across driveways.",
        "residents were putting bricks across driveways",
        QuoteKind::Indirect,
        "Lorna Jones",
    );
    has(
        "Superintendent Steve Munro said on Sunday night, officers went out to the highest number of calls.",
        "officers went out to the highest number of calls",
        QuoteKind::Indirect,
        "Steve Munro",
    );
    // an object, then no clause
    assert!(quotes("She told pupils stories about the war.").is_empty());
}

#[test]
fn the_local_authority_is_the_one_council_named() {
    has(
        "Karsk County Council bought the houses last year.\n\nThe local authority said it will withdraw in such cases.",
        "it will withdraw in such cases",
        QuoteKind::Indirect,
        "Karsk County Council",
    );
    // two councils: no guess
    assert_eq!(
        speaker_of(
            "Karsk County Council and Orsa City Council bought houses.\n\nThe local authority said it will withdraw in such cases.",
            "it will withdraw"
        )
        .as_deref(),
        Some("The local authority")
    );
}

#[test]
fn a_lone_quote_after_a_bodys_role_and_its_holder() {
    let body = "A renewed strike will have a \"massive impact\" on operations, said rail operator Norrail.\n\n\
                Norrail's head of human resources, Martin Seiler, also criticized the union's announcement on Monday.\n\n\
                \"These so-called wave strikes are a sheer imposition for our passengers.\"";
    has(
        body,
        "These so-called wave strikes are a sheer imposition for our passengers.",
        QuoteKind::Direct,
        "Martin Seiler",
    );
}

#[test]
fn a_participle_after_a_fragment_whose_comma_stands_inside_the_marks() {
    let body = "Foreign Office spokesperson Ilse Marr spoke on Friday.\n\n\
                She warned that any \"misadventure by Borovia would be met with a firm response,\" adding that Ruritania had full confidence in its defences.";
    has(
        body,
        "misadventure by Borovia would be met with a firm response,",
        QuoteKind::Partial,
        "Ilse Marr",
    );
    has(
        body,
        "Ruritania had full confidence in its defences",
        QuoteKind::Indirect,
        "Ilse Marr",
    );
}

#[test]
fn adding_to_something_says_nothing() {
    assert!(
        quotes("Evacuations began after heavy rain, adding to a deluge in an area that had received 30cm of rain on Sunday.")
            .is_empty()
    );
    has(
        "Mayor Anna Varga added to reporters that the bridge would stay shut.",
        "the bridge would stay shut",
        QuoteKind::Indirect,
        "Anna Varga",
    );
}

#[test]
fn a_name_inside_a_relative_clause_with_brackets_or_commas_is_not_the_subject() {
    for rel in [
        "who was representing deputy director-general (public health) Datuk Dr Peter Brandt",
        "who was representing the deputy director-general, Datuk Dr Peter Brandt",
    ] {
        let body = format!(
            "Dr Husnina Ibrahim spoke at the launch.\n\nDr Husnina, {rel}, said that public support would be key."
        );
        has(
            &body,
            "public support would be key",
            QuoteKind::Indirect,
            "Husnina Ibrahim",
        );
    }
}

#[test]
fn the_object_of_a_fronted_preposition_does_not_speak() {
    has(
        "Union president Anna Varga spoke on Monday.\n\nIn an audio message, Varga urged teachers to stand together, saying that \"one teacher not paid correctly affects all of us.\"",
        "one teacher not paid correctly affects all of us.",
        QuoteKind::Partial,
        "Anna Varga",
    );
}

#[test]
fn what_she_calls_is_hers_not_the_bodys_before_it() {
    has(
        "Union president Anna Varga is calling for action against the Government for what she describes as \"discrepancies and anomalies\" in the review.",
        "discrepancies and anomalies",
        QuoteKind::Partial,
        "Anna Varga",
    );
}

#[test]
fn a_particle_opening_a_given_name_stays_in_the_name() {
    has(
        "President of the teachers' union, La Sonja Harrison, said the strike would go ahead.\n\nHarrison said teachers were angry.",
        "teachers were angry",
        QuoteKind::Indirect,
        "La Sonja Harrison",
    );
}

#[test]
fn a_listed_acronym_is_the_texts_body_when_it_spells_that_bodys_name() {
    let a = annotated(
        "Rates rise again",
        "The Monetary Board raised the Bank of Southern Provinces key policy rate on Thursday.\n\n\
         BSP Governor Anna Varga said in a briefing that the decision would depend on data.\n\n\
         The BSP reiterated it was prepared to act if needed.",
    );
    let body = a
        .actors
        .iter()
        .find(|x| x.name == "Bank of Southern Provinces")
        .expect("the text's body");
    assert!(body.aliases.iter().any(|x| x == "BSP"), "{body:#?}");
    assert!(
        body.aliases.iter().all(|x| !x.contains("Party")),
        "{body:#?}"
    );
    assert!(
        a.actors.iter().all(|x| !x.name.contains("Samaj")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn the_bodys_boss_is_the_one_who_leads_it() {
    let body = "President of the Karsk Athletics Association (KAA) Peter Brandt praised the athletes.\n\n\
                \"We were proud to see our sprinters nominated for the awards this year,\" said the KAA boss.";
    has(
        body,
        "We were proud to see our sprinters nominated for the awards this year,",
        QuoteKind::Direct,
        "Peter Brandt",
    );
}

#[test]
fn the_corporation_is_the_one_business_named_before() {
    let body = "Norrail Corporation fares will rise by 2.3 percent this year.\n\n\
                The railway giant said most rides would cost 40 cents more.\n\n\
                The corporation said it will work out the actual changes soon.";
    has(
        body,
        "most rides would cost 40 cents more",
        QuoteKind::Indirect,
        "Norrail Corporation",
    );
    has(
        body,
        "it will work out the actual changes soon",
        QuoteKind::Indirect,
        "Norrail Corporation",
    );
    // a public body named between is no business
    has(
        "Norrail Corporation fares will rise this year.\n\nThe Executive Council approved the plan.\n\nThe corporation said it will work out the changes.",
        "it will work out the changes",
        QuoteKind::Indirect,
        "Norrail Corporation",
    );
}

#[test]
fn a_subordinate_clause_set_off_right_after_said_belongs_to_the_report() {
    has(
        "Cr Les Power said, while he didn't agree with everything in the budget, it was in the community's interest to adopt the plan.",
        "while he didn't agree with everything in the budget, it was in the community's interest to adopt the plan",
        QuoteKind::Indirect,
        "Les Power",
    );
    // a participle's phrase after the comma reports nothing
    assert!(quotes("The mayor said, while visiting the site.").is_empty());
}

#[test]
fn a_conjunction_and_a_fronted_phrase_before_the_subject() {
    has(
        "But during the debate, Coun. Mike Layton triggered a shouting match by suggesting that Mayor Tory knew about the plan.",
        "Mayor Tory knew about the plan",
        QuoteKind::Indirect,
        "Mike Layton",
    );
}

#[test]
fn a_bodys_office_somewhere_is_the_body() {
    has(
        "A flood watch was in effect for the region till May 3, according to the Karsk Weather Service office in Valdor.",
        "A flood watch was in effect for the region till May 3",
        QuoteKind::Indirect,
        "Karsk Weather Service",
    );
}

#[test]
fn a_minister_in_the_presidency_is_named_without_it() {
    has(
        "Minister in the Presidency Jeff Radebe told journalists on Tuesday: \"We still have cordial relations with all our neighbours.\"",
        "We still have cordial relations with all our neighbours.",
        QuoteKind::Direct,
        "Jeff Radebe",
    );
}

#[test]
fn transcript_labels_in_mixed_case() {
    let body = "Health Commissioner Anna Varga said the outbreak was serious.\n\n\
                Stahl: At that day care center how many more infections do we have now?\n\n\
                Varga: We have two confirmed infections and three probable ones.\n\n\
                Note: the figures were updated on Friday.";
    has(
        body,
        "At that day care center how many more infections do we have now?",
        QuoteKind::Direct,
        "Stahl",
    );
    has(
        body,
        "We have two confirmed infections and three probable ones.",
        QuoteKind::Direct,
        "Anna Varga",
    );
    assert!(
        quotes(body).iter().all(|(t, _, _)| !t.contains("figures")),
        "{:?}",
        quotes(body)
    );
    // a label naming nobody in the story, with no such line beside it, is no speaker
    assert!(quotes("The council met on Monday.\n\nBackground: the plan was first put forward in March by the mayor.").is_empty());
}

#[test]
fn said_his_barrister_and_the_name() {
    let body = "Ali was on trial at Karsk Crown Court.\n\n\
                \"He does not have to give evidence,\" said his barrister Antony Longworth. \"He has the right not to give evidence.\"";
    has(
        body,
        "He does not have to give evidence,",
        QuoteKind::Direct,
        "Antony Longworth",
    );
    has(
        body,
        "He has the right not to give evidence.",
        QuoteKind::Direct,
        "Antony Longworth",
    );
}

#[test]
fn a_name_before_a_companys_officer_is_a_company_that_can_speak() {
    let body = "Norwell chief executive Rob Templeman blamed the weather.\n\n\
                Norwell - which re-listed on the stock exchange in May - remained bullish on future trading and said that it expected margins to rise.";
    has(
        body,
        "it expected margins to rise",
        QuoteKind::Indirect,
        "Norwell",
    );
    // an adjective opening a sentence is no company
    let a = annotated(
        "Storm warning",
        "Local chief executives were told to evacuate the coast on Sunday.",
    );
    assert!(
        a.actors.iter().all(|x| x.name != "Local"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_trade_or_a_board_seat_before_a_name_is_no_part_of_it() {
    has(
        "Broker Halvard Capital said that it was negative on the shares.",
        "it was negative on the shares",
        QuoteKind::Indirect,
        "Halvard Capital",
    );
    has(
        "Trustee Arati Singh said closing schools was the wrong answer.",
        "closing schools was the wrong answer",
        QuoteKind::Indirect,
        "Arati Singh",
    );
}

#[test]
fn a_question_reported_with_a_word_in_quotes() {
    let body = "The Congress of the People (COPE) has questioned whether the government is making Peter Brandt the \"scapegoat\" for the fallout.";
    has(
        body,
        "whether the government is making Peter Brandt the \"scapegoat\" for the fallout",
        QuoteKind::Indirect,
        "Congress of the People",
    );
    has(
        body,
        "scapegoat",
        QuoteKind::Partial,
        "Congress of the People",
    );
}

#[test]
fn a_bodys_statement_speaks_for_the_body() {
    let body = "The Karsk District Health Department confirmed four cases.\n\n\
                \"Call your doctor before seeking help,\" the health department's statement said.";
    assert_eq!(
        speaker_of(body, "Call your doctor").as_deref(),
        Some("Karsk District Health Department")
    );
    // a body named by a plain nominal only
    assert_eq!(
        speaker_of(
            "\"Call your doctor before seeking help,\" the ministry's statement said.",
            "Call your doctor"
        )
        .as_deref(),
        Some("the ministry")
    );
}

#[test]
fn a_quote_running_on_with_its_opening_mark_left_out() {
    let body = "\"He does not have to give evidence,\" said his barrister Antony Longworth. \"He has the right not to give evidence.\n\n\
                That does not mean in any way that he is guilty.\"\n\n\
                The trial continues.";
    has(
        body,
        "That does not mean in any way that he is guilty.",
        QuoteKind::Direct,
        "Antony Longworth",
    );
    // (a paragraph opened by two apostrophes has a mark of its own)
    let body = "\"It was not the best final,\" said coach Walid Regragui. \"But we had the state of mind.\n\n\
                ''Tonight we had luck as well.\"";
    assert!(
        quotes(body).iter().all(|(t, _, _)| !t.starts_with("''")),
        "{:?}",
        quotes(body)
    );
}

#[test]
fn an_inverted_cue_after_a_clause_whose_comma_stands_inside_the_marks() {
    let body = "Health director Jennifer Morse spoke on Monday.\n\nThe outbreak is within a community that is \"closed,\" said Morse.";
    has(
        body,
        "The outbreak is within a community that is \"closed,\"",
        QuoteKind::Indirect,
        "Jennifer Morse",
    );
    has(body, "closed,", QuoteKind::Partial, "Jennifer Morse");
}

#[test]
fn a_clause_whose_marks_hold_nearly_all_of_it_is_the_fragments_alone() {
    let body = "Greens co-leader Ilse Marr said the whole situation was \"symbolic of the government's contempt for the people and their parliament\".";
    let qs = quotes(body);
    assert!(
        qs.iter().all(|(_, k, _)| *k != QuoteKind::Indirect),
        "{qs:#?}"
    );
    has(
        body,
        "symbolic of the government's contempt for the people and their parliament",
        QuoteKind::Partial,
        "Ilse Marr",
    );
    // a short fragment stays inside its reported clause
    has(
        "Ilse Marr said the whole situation was \"deeply symbolic\" of the government's attitude.",
        "the whole situation was \"deeply symbolic\" of the government's attitude",
        QuoteKind::Indirect,
        "Ilse Marr",
    );
}

#[test]
fn a_fragment_before_a_contrast_is_not_the_next_speakers() {
    let body = "The Valdor Party suggested the appointment was a \"total takeover\" by the capital and that Brandt would be \"the minister's man in Karsk\", while Greens co-leader Ilse Marr said the situation was grim.";
    has(
        body,
        "the minister's man in Karsk",
        QuoteKind::Partial,
        "Valdor Party",
    );
    has(
        body,
        "the situation was grim",
        QuoteKind::Indirect,
        "Ilse Marr",
    );
}

#[test]
fn after_a_cue_in_the_present_a_verb_in_the_present_is_the_speakers_own() {
    has(
        "Jim Dinn says a debate in the House is a positive, but does take issue with comments made by the premier.",
        "a debate in the House is a positive",
        QuoteKind::Indirect,
        "Jim Dinn",
    );
    // (no comma, no conjunction's new verb: the clause goes on)
    has(
        "Coach Peter Lenz says the team is ready and has trained hard.",
        "the team is ready and has trained hard",
        QuoteKind::Indirect,
        "Peter Lenz",
    );
}

#[test]
fn a_rough_measure_opens_a_reported_clause() {
    has(
        "Forecaster Hayley Adams said about 20.3cm to 25.4cm of rain fell in the past 24 hours in Karsk.",
        "about 20.3cm to 25.4cm of rain fell in the past 24 hours in Karsk",
        QuoteKind::Indirect,
        "Hayley Adams",
    );
    assert!(quotes("Hayley Adams talked about 20 things she liked.").is_empty());
}

#[test]
fn a_participle_of_speaking_right_after_the_name_with_no_comma() {
    has(
        "Union acting secretary general Xavier Nyamu speaking moments after the court directed teachers to resume work, said teachers should not relent in their pay demands.",
        "teachers should not relent in their pay demands",
        QuoteKind::Indirect,
        "Xavier Nyamu",
    );
}

#[test]
fn a_demonym_of_two_words_before_a_title() {
    let body = "South African President Cyril Ramaphosa met the delegation on Monday.\n\nRamaphosa said, \"We share the same values.\"";
    has(
        body,
        "We share the same values.",
        QuoteKind::Direct,
        "Cyril Ramaphosa",
    );
    let a = annotated("Talks", body);
    assert!(
        a.actors.iter().any(|x| x.name == "South Africa"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn an_arabic_surname_written_with_its_article_in_lower_case() {
    has(
        "Antiquities Minister Khaled al-Anani spoke at the site.\n\n'It's truly an exceptional day,' al-Anani said.",
        "It's truly an exceptional day,",
        QuoteKind::Direct,
        "Khaled al-Anani",
    );
}

#[test]
fn an_honorific_after_words_of_office_opens_the_name() {
    has(
        "HEALTH Medical Officer III Dr. Mirela de Santos said two of the first nine cases \
         had travelled abroad.",
        "two of the first nine cases had travelled abroad",
        QuoteKind::Indirect,
        "Mirela de Santos",
    );
    has(
        "Local Cllr Brona Ó Faoláin said: \"We met the families before Christmas.\"",
        "We met the families before Christmas.",
        QuoteKind::Direct,
        "Brona Ó Faoláin",
    );
    has(
        "DOH Field Specialist IV Dr. Mirela de Santos said two cases had travelled.",
        "two cases had travelled",
        QuoteKind::Indirect,
        "Mirela de Santos",
    );
    let a = annotated(
        "Cases rise",
        "DOH Field Specialist IV Dr. Mirela de Santos said two cases had travelled.",
    );
    let m = a.actors.iter().find(|x| x.name == "Mirela de Santos");
    assert!(
        m.is_some_and(|m| m.roles.iter().any(|r| r == "DOH Field Specialist IV")),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_body_then_head_of_a_unit_then_the_person() {
    has(
        "\"The result was below expectations,\" Corvane Securities Head of Research Imran \
         Talbot said.",
        "The result was below expectations,",
        QuoteKind::Direct,
        "Imran Talbot",
    );
}

#[test]
fn a_body_closed_by_its_head_word_then_a_person_who_speaks() {
    let body = "Acting President of the Harbour Point Residents Association Odelle Vance said \
                residents were \"relieved that the ferry company has added two sailings\".";
    has(
        body,
        "relieved that the ferry company has added two sailings",
        QuoteKind::Partial,
        "Odelle Vance",
    );
    let a = annotated("Ferry", body);
    use saywho::model::ActorKind;
    assert_eq!(
        kind_of(&a, "Odelle Vance"),
        Some(ActorKind::Person),
        "{:#?}",
        a.actors
    );
    assert_eq!(
        kind_of(&a, "Harbour Point Residents Association"),
        Some(ActorKind::Organization),
        "{:#?}",
        a.actors
    );
}

#[test]
fn quoted_words_inside_an_appositive_before_the_cue() {
    has(
        "Councillor Dana Whitlock, under fire for a memo suggesting colleagues were \
         \"doing damage\" and further \"undermining\" trust in the network, says she \
         understands the anger.",
        "she understands the anger",
        QuoteKind::Indirect,
        "Dana Whitlock",
    );
}

#[test]
fn a_phrase_before_a_pronoun_after_says_without_a_comma() {
    has(
        "He also says after the budget they will be adding trams to the network.",
        "they will be adding trams to the network",
        QuoteKind::Indirect,
        "He",
    );
}

#[test]
fn a_portfolio_ending_in_an_abstract_noun_before_the_name() {
    has(
        "Minister for Inter-Provincial Coordination Tariq Vaseem said the list was false.",
        "the list was false",
        QuoteKind::Indirect,
        "Tariq Vaseem",
    );
    // (a given name is no portfolio's end, whatever its ending)
    has(
        "Minister for Education Clement Oduya said the schools would reopen.",
        "the schools would reopen",
        QuoteKind::Indirect,
        "Clement Oduya",
    );
}

#[test]
fn a_participle_of_saying_set_off_by_a_comma_is_no_name() {
    let q = quotes(
        "Explaining, the analyst further said the quarter was a slow period for the sector.",
    );
    assert!(
        q.iter().all(|(_, _, w)| w.as_deref() != Some("Explaining")),
        "{q:#?}"
    );
    assert!(
        q.iter().any(
            |(t, _, w)| t.starts_with("the quarter was") && w.as_deref() == Some("the analyst")
        ),
        "{q:#?}"
    );
}

#[test]
fn a_person_of_the_body_speaks_for_himself() {
    has(
        "Dr. Marisol Quimpo of the DOH Surveillance Operations said a surge would not happen.",
        "a surge would not happen",
        QuoteKind::Indirect,
        "Marisol Quimpo",
    );
    let a = annotated(
        "Cases",
        "Dr. Marisol Quimpo of the DOH Surveillance Operations said a surge would not happen.",
    );
    assert_eq!(
        kind_of(&a, "DOH Surveillance Operations"),
        Some(saywho::model::ActorKind::Organization),
        "{:#?}",
        a.actors
    );
}

#[test]
fn it_after_a_document_that_spoke() {
    let body = "Floods displaced 4,000 families last month, the survey said.\n\n\
                Losses \"will keep rising unless the dykes are rebuilt,\" it warned.";
    has(
        body,
        "will keep rising unless the dykes are rebuilt,",
        QuoteKind::Partial,
        "the survey",
    );
    // (a named speaker since then takes `it` from the document)
    let q = quotes(
        "The survey says the dykes are weak. Strel said the findings were \"premature and \
         convenient\". It demanded that its own engineers be given access to the dykes.",
    );
    assert!(
        q.iter().any(|(t, _, w)| t.starts_with("its own engineers")
            && !w.as_deref().is_some_and(|w| w.contains("survey"))),
        "{q:#?}"
    );
}

#[test]
fn the_one_led_to_name_it_speaks() {
    let body = "\"It is neither too big nor too small,\" the treasurer said, leading one \
                councillor to dub it the \"porridge budget.\"";
    has(
        body,
        "porridge budget.",
        QuoteKind::Partial,
        "one councillor",
    );
    has(
        "The delay prompted Senator Ilse Brandt to call the project \"a national \
         embarrassment\".",
        "a national embarrassment",
        QuoteKind::Partial,
        "Ilse Brandt",
    );
}

#[test]
fn a_bare_role_opened_by_an_acronym_after_a_fronted_phrase() {
    let body = "Addressing a briefing on Monday, Obiora Nwankwo, FCT police commissioner, \
                said two suspects were at large.\n\n\
                The commissioner said the suspects belonged to a kidnapping ring.";
    has(
        body,
        "the suspects belonged to a kidnapping ring",
        QuoteKind::Indirect,
        "Obiora Nwankwo",
    );
}

#[test]
fn told_right_after_a_comma_has_its_hearer_after_it() {
    let q = quotes(
        "Newly installed officer, Marcia Dunn, told Radio North, that she will be working \
         with the traders.",
    );
    assert!(
        q.iter()
            .any(|(t, _, w)| t == "she will be working with the traders"
                && w.as_deref() != Some("Radio North")),
        "{q:#?}"
    );
}

#[test]
fn the_head_coach_for_a_coach() {
    let body = "Rovers coach Tendai Moyo was unhappy with the referee.\n\n\
                \"We should have had a penalty,\" said Moyo.\n\n\
                \"We should have got three points,\" added the head coach.";
    has(
        body,
        "We should have got three points,",
        QuoteKind::Direct,
        "Tendai Moyo",
    );
}

#[test]
fn the_noun_after_a_modifier_and_the_noun() {
    let body = "The clinic recorded six deaths overnight, its senior official said.\n\n\
                \"The clinic has enough oxygen,\" the official said.";
    has(
        body,
        "The clinic has enough oxygen,",
        QuoteKind::Direct,
        "senior official",
    );
}

#[test]
fn as_someone_put_it() {
    has(
        "You hate to hear it! As Carla Weiss put it, \"Players were emotional after a hard \
         loss.\" Her remarks were the most honest.",
        "Players were emotional after a hard loss.",
        QuoteKind::Partial,
        "Carla Weiss",
    );
}

#[test]
fn a_gerund_with_its_own_subject_after_despite() {
    has(
        "Investors punished the shares despite the company saying that its profit passed \
         $100 million.",
        "its profit passed $100 million",
        QuoteKind::Indirect,
        "the company",
    );
    // (and with no `that`)
    has(
        "The shares fell amid analysts warning the outlook had darkened.",
        "the outlook had darkened",
        QuoteKind::Indirect,
        "analysts",
    );
    has(
        "The minister was interrupted by Speaker Amos Dube saying that the list was false.",
        "the list was false",
        QuoteKind::Indirect,
        "Amos Dube",
    );
}

#[test]
fn a_plural_office_before_names_gives_the_first_that_office() {
    let body = "The defence, led by lawyers Marek Vollan and Ines Carto, asked for a transfer.\n\n\
                Vollan argued that the case touched on the essence of democracy.\n\n\
                \"By contrast, the other case seems trivial,\" said the lawyer.";
    has(
        body,
        "By contrast, the other case seems trivial,",
        QuoteKind::Direct,
        "Marek Vollan",
    );
}

#[test]
fn of_two_joined_subjects_the_first_past_the_second_ones_role() {
    has(
        "Speaking in a phone call on Monday, Ruritania's Foreign Minister Anna Varga and \
         her Borovian counterpart Petr Lenz said they were looking forward to talks.",
        "they were looking forward to talks",
        QuoteKind::Indirect,
        "Anna Varga",
    );
}

#[test]
fn a_written_thing_is_no_cue_and_several_no_name() {
    let body = "Several written submissions asked for an extra councillor for Waihora.\n\n\
                She said the plan was flawed.";
    let q = quotes(body);
    assert!(
        q.iter().all(|(t, _, _)| !t.contains("submissions asked")),
        "{q:#?}"
    );
    let a = annotated("Review", body);
    assert!(
        a.actors.iter().all(|x| x.name != "Several"),
        "{:#?}",
        a.actors
    );
    has(
        "Councillor Mira Tane has written that the plan is flawed.",
        "the plan is flawed",
        QuoteKind::Indirect,
        "Mira Tane",
    );
}

#[test]
fn as_reported_by_a_source() {
    has(
        "As reported by state broadcaster RTV, the judge has reserved her decision and will \
         announce it on 9 September.",
        "the judge has reserved her decision and will announce it on 9 September",
        QuoteKind::Indirect,
        "RTV",
    );
}

#[test]
fn a_right_mark_after_a_stray_space_closes() {
    has(
        "\"We offered our congratulations,\" Moon said. \"I urge her to serve everyone, not \
         just the wealthy few. \u{201d}",
        "I urge her to serve everyone, not just the wealthy few.",
        QuoteKind::Direct,
        "Moon",
    );
}

#[test]
fn a_noun_of_saying_after_a_plural_possessive_is_the_possessors() {
    has(
        "Ministers rejected the Teamsters’ claims that the premier misled parliament.",
        "the premier misled parliament",
        QuoteKind::Indirect,
        "the Teamsters",
    );
}

#[test]
fn a_business_head_word_makes_the_company() {
    let body = "Korvel Foods is not a liquid stock. Its share price fell on Tuesday.\n\n\
                Along with the result, the company also announced that its chief executive \
                has stepped down.";
    has(
        body,
        "its chief executive has stepped down",
        QuoteKind::Indirect,
        "Korvel Foods",
    );
    assert_eq!(
        kind_of(&annotated("Harbour news", body), "Korvel Foods"),
        Some(saywho::model::ActorKind::Organization)
    );
}

#[test]
fn a_name_then_a_bare_role_then_the_cue_and_where_it_was_said() {
    has(
        "Prices will rise, Mara Lind, chief economist at Norrvik Securities, said.",
        "Prices will rise",
        QuoteKind::Indirect,
        "Mara Lind",
    );
    has(
        "Growth will slow in the first quarter, Mara Lind, an economist, said in an \
         interview.",
        "Growth will slow in the first quarter",
        QuoteKind::Indirect,
        "Mara Lind",
    );
}

#[test]
fn a_relative_clause_without_commas_between_the_name_and_the_verb() {
    has(
        "Tomas Reyes who has been on medical leave since October 2017 said that he was \
         feeling better.",
        "he was feeling better",
        QuoteKind::Indirect,
        "Tomas Reyes",
    );
}

#[test]
fn people_named_by_what_they_do_speak_as_a_group() {
    has(
        "Some festival veterans have this year complained that the fees are too high.",
        "the fees are too high",
        QuoteKind::Indirect,
        "Some festival veterans",
    );
}

#[test]
fn a_participle_of_saying_without_a_comma_starts_a_second_report() {
    let qs = quotes(
        "Kimani said the county had doubled its tests in seven wards adding that most cases \
         were mild.",
    );
    for (text, who) in [
        ("the county had doubled its tests in seven wards", "Kimani"),
        ("most cases were mild", "Kimani"),
    ] {
        assert!(
            qs.iter().any(|(t, k, w)| t == text
                && *k == QuoteKind::Indirect
                && w.as_deref() == Some(who)),
            "{qs:#?}"
        );
    }
}

#[test]
fn a_subordinate_clause_with_its_subject_opens_the_report() {
    has(
        "Halvorsen spoke at the meeting. He said as he gathered the recordings, he passed \
         them to the ethics board.",
        "as he gathered the recordings, he passed them to the ethics board",
        QuoteKind::Indirect,
        "Halvorsen",
    );
    // (the time of saying, with no clause after it, reports nothing)
    assert!(quotes("Halvorsen smiled. He said as he left the court.").is_empty());
}

#[test]
fn gen_after_a_civilian_office_is_a_given_name() {
    has(
        "Defense Minister Gen Takeda said his ministry is analysing the launch.",
        "his ministry is analysing the launch",
        QuoteKind::Indirect,
        "Gen Takeda",
    );
    // (a rank after a military office stays a rank)
    has(
        "Army chief Gen Omar Baig said the border was calm.",
        "the border was calm",
        QuoteKind::Indirect,
        "Omar Baig",
    );
}

#[test]
fn a_known_persons_cue_closes_the_sentence_without_a_comma() {
    let body = "Spokesman Park Min-jun briefed reporters on Monday.\n\n\
                Seoul has no plans to renew its offer before the end of the year Park said.";
    has(
        body,
        "Seoul has no plans to renew its offer before the end of the year",
        QuoteKind::Indirect,
        "Park Min-jun",
    );
    // (a name met for the first time there is no such cue)
    assert!(quotes("Prices have risen since the start of the year Park said.").is_empty());
}

#[test]
fn a_participle_taking_a_name_as_its_object_is_no_part_of_it() {
    let a = annotated(
        "Harbour news",
        "Calling Imran Qadir a \"seasoned\" politician, he urged talks. Thanking Parliament, \
         the minister left.",
    );
    assert!(
        a.actors.iter().any(|x| x.name == "Imran Qadir")
            && !a
                .actors
                .iter()
                .any(|x| x.name.contains("Calling") || x.name.contains("Thanking")),
        "{:?}",
        a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
    );
}

#[test]
fn agreeing_on_something_inside_a_report_is_no_cue_of_its_own() {
    has(
        "Dimas said that the agency has \u{201c}hundreds and hundreds\u{201d} of staff in the \
         region while the powers agree on a settlement.",
        "the agency has \u{201c}hundreds and hundreds\u{201d} of staff in the region while the \
         powers agree on a settlement",
        QuoteKind::Indirect,
        "Dimas",
    );
}

#[test]
fn a_possessives_noun_then_as_or_to_is_the_object_of_added() {
    assert!(
        quotes("Brandt added his own appeal as the chamber met for its second session.").is_empty()
    );
    has(
        "Brandt added his party would not join the coalition.",
        "his party would not join the coalition",
        QuoteKind::Indirect,
        "Brandt",
    );
}

#[test]
fn finding_out_in_a_clause_of_time_is_no_report() {
    assert!(
        quotes(
            "The opposition pulled its bills from the agenda when it found the coalition had \
             a solid majority for the votes."
        )
        .is_empty()
    );
    has(
        "The inquiry found that the council had broken its own rules.",
        "the council had broken its own rules",
        QuoteKind::Indirect,
        "The inquiry",
    );
}

#[test]
fn a_gerund_subject_after_said_opens_the_report() {
    has(
        "The bank's chairman said sharpening its focus on small lenders enabled the group to \
         grow.",
        "sharpening its focus on small lenders enabled the group to grow",
        QuoteKind::Indirect,
        "The bank's chairman",
    );
}

#[test]
fn the_ceo_is_the_chief_executive_named_before() {
    has(
        "The company's Chief Executive Moses Kariuki announced his return on Monday.\n\n\
         The Tesko CEO said the firm would open ten stores.",
        "the firm would open ten stores",
        QuoteKind::Indirect,
        "Moses Kariuki",
    );
}

#[test]
fn a_six_letter_surname_typed_one_letter_wrong_is_the_persons() {
    has(
        "Ade Kolomo, president of the association, spoke in Lagos.\n\n\
         Kolemo said the sector had grown fast.",
        "the sector had grown fast",
        QuoteKind::Indirect,
        "Ade Kolomo",
    );
}

#[test]
fn a_left_single_mark_after_a_sentence_end_opens_a_new_quote() {
    let qs = quotes(
        "Director Jon Marsh said: \u{2018}Ultimately the festival regulates itself. If \
         audiences keep coming it will grow. \u{2018}To suggest I should cap its size is \
         wrong.\u{2019}",
    );
    for text in [
        "Ultimately the festival regulates itself. If audiences keep coming it will grow.",
        "To suggest I should cap its size is wrong.",
    ] {
        assert!(
            qs.iter().any(|(t, k, w)| t == text
                && *k == QuoteKind::Direct
                && w.as_deref() == Some("Jon Marsh")),
            "{qs:#?}"
        );
    }
}

#[test]
fn a_headline_subjects_first_verb_then_says_and_a_clause() {
    has_title_speaker(
        "Veteran analyst Chen Wu of Norrvik Securities is upbeat about city stocks, says \
         prices yet to reflect earnings",
        "The analyst spoke on Monday.",
        Some("prices yet to reflect earnings"),
        "Chen Wu",
    );
}

#[test]
fn a_headlines_bare_office_is_the_one_holder_who_speaks_below() {
    has_title_speaker(
        "Councillor hits back, says protest not about service delivery",
        "Some residents said they were angry.\n\n\
         One resident said they were tired of waiting.\n\n\
         Another resident said: \u{201c}We want our councillor Thandi Mokoena to step \
         down.\u{201d}\n\n\
         Roads were closed.\n\n\
         Buses were suspended.\n\n\
         Ward councillor Thandi Mokoena said that the allegations were unfounded.",
        Some("protest not about service delivery"),
        "Thandi Mokoena",
    );
}

#[test]
fn a_headline_label_naming_whom_it_was_told_to() {
    has_title_speaker(
        "Be vigilant, report any suspicious movement \u{2013} Police tell Dutse residents",
        "The Dutse State Police Command has urged residents to be vigilant.",
        Some("Be vigilant, report any suspicious movement"),
        "Dutse State Police Command",
    );
}

#[test]
fn plural_bodies_are_unnamed_speakers_too() {
    has_title_speaker(
        "25% rise in water rates 'sneaky' - ratepayers\u{2019} associations",
        "The council approved the rise on Tuesday.",
        Some("25% rise in water rates 'sneaky'"),
        "ratepayers\u{2019} associations",
    );
}

#[test]
fn a_headline_quotes_speaker_after_the_colon_closes_the_headline() {
    let qs = title_quotes(
        "\u{2018}Do not wait\u{2019}: Urgent flood alarm for thousands of residents",
        "The regional council urged residents not to wait for emergency services.",
    );
    assert!(
        qs.iter()
            .any(|(t, _, w)| t == "Do not wait" && w.as_deref() != Some("Urgent")),
        "{qs:#?}"
    );
    has_title_speaker(
        "'It was a crazy moment' - Noah Lane on the wait",
        "The sprinter waited an hour for the result.",
        Some("It was a crazy moment"),
        "Noah Lane",
    );
}

#[test]
fn the_spokesman_is_the_one_brought_in_by_that_word() {
    has(
        "\u{201c}We hope the North will honour the deal,\u{201d} spokesman of the Unification \
         Ministry Park Ji-hoon said during a briefing.\n\n\
         Seoul has yet to grasp the exact circumstances, the spokesman said.",
        "Seoul has yet to grasp the exact circumstances",
        QuoteKind::Indirect,
        "Park Ji-hoon",
    );
}

#[test]
fn a_spokesperson_in_the_lead_is_the_one_holding_it_who_says_the_same() {
    has(
        "The agency is working very closely with partners to secure a truce, a spokesperson \
         told reporters on Tuesday.\n\n\
         \u{201c}We have been working very closely with partners in the region,\u{201d} Lena \
         Okafor, spokesperson for the agency's chief, told reporters.",
        "The agency is working very closely with partners to secure a truce",
        QuoteKind::Indirect,
        "Lena Okafor",
    );
}

#[test]
fn a_relative_clause_after_a_comma_closed_or_not_before_a_question() {
    for body in [
        "Opposition leader, Amos Kibet, who led the protest wondered if it would be right to \
         call it a community meeting.",
        "Amos Kibet, who led the protest, wondered if it would be right to call it a \
         community meeting.",
    ] {
        has(
            body,
            "if it would be right to call it a community meeting",
            QuoteKind::Indirect,
            "Amos Kibet",
        );
    }
    has(
        "Amos Kibet, who led the protest said the meeting was a community meeting.",
        "the meeting was a community meeting",
        QuoteKind::Indirect,
        "Amos Kibet",
    );
}

#[test]
fn a_fronted_time_then_no_and_a_long_subject() {
    has(
        "Wanjiru said the county had doubled its tests.\n\n\
         She said in the past six months, no nurse or other frontline worker at public \
         health centres had been infected.",
        "no nurse or other frontline worker at public health centres had been infected",
        QuoteKind::Indirect,
        "Wanjiru",
    );
}

#[test]
fn a_name_after_known_as_is_a_scare_quote() {
    let qs = quotes(
        "Speaking at the burial of Chief Peter Mwangi, popularly known as the 'Tweeting \
         Chief', Mr. Ochieng said most infections were among men.",
    );
    assert!(
        qs.iter()
            .any(|(t, k, w)| t == "Tweeting Chief" && *k == QuoteKind::Scare && w.is_none()),
        "{qs:#?}"
    );
}

#[test]
fn a_report_set_against_another_after_though() {
    let body = "Vestra said in a statement that the walkout had had no effect on output \
                Thursday, though the unions said some workers in the port city blocked a \
                depot.";
    has(
        body,
        "the walkout had had no effect on output Thursday",
        QuoteKind::Indirect,
        "Vestra",
    );
    has(
        body,
        "some workers in the port city blocked a depot",
        QuoteKind::Indirect,
        "the unions",
    );
    has(
        "Mr Orlov said the deal was fair, although critics argued it gave away too much.",
        "it gave away too much",
        QuoteKind::Indirect,
        "critics",
    );
}

#[test]
fn a_time_word_then_a_clause_holding_a_fragment() {
    has(
        "The premier said today she was “looking very closely” at the committee's \
         proposals.",
        "she was “looking very closely” at the committee's proposals",
        QuoteKind::Indirect,
        "The premier",
    );
}

#[test]
fn a_phrase_with_as_before_the_reported_clause_is_part_of_it() {
    has(
        "Professor Ilse Varn said as part of its research plan, the institute had put \
         large sums into five projects.",
        "as part of its research plan, the institute had put large sums into five projects",
        QuoteKind::Indirect,
        "Ilse Varn",
    );
}

#[test]
fn and_with_a_verb_in_the_past_goes_back_to_the_speaker() {
    // after a fragment, when the clause is in another tense
    has(
        "Hana Ueda said that both sides are “looking the same way” and expressed the \
         union's readiness to work together.",
        "both sides are “looking the same way”",
        QuoteKind::Indirect,
        "Hana Ueda",
    );
    // a verb of saying after `and`
    has(
        "Mr Orlov said the plan for the harbour was sound and urged calm.",
        "the plan for the harbour was sound",
        QuoteKind::Indirect,
        "Orlov",
    );
    // the same tense goes on: the clause's subject did both
    has(
        "Ms Tann said she and Berg had a “good talk on the next steps” and exchanged views \
         on trade.",
        "she and Berg had a “good talk on the next steps” and exchanged views on trade",
        QuoteKind::Indirect,
        "Tann",
    );
}

#[test]
fn quizzed_is_a_verb_of_saying() {
    has(
        "“Why would they ask for a timetable when the fault is fixed?” quizzed Kofi Mensah.",
        "Why would they ask for a timetable when the fault is fixed?",
        QuoteKind::Direct,
        "Kofi Mensah",
    );
}

#[test]
fn a_verb_of_saying_with_a_thing_as_object_is_no_inner_cue() {
    has(
        "Dr Lea Moss, the county health director, visited the site on Monday.\n\n\
         She said the clinic can maintain full services \"while we study the water\" for \
         another week.",
        "the clinic can maintain full services \"while we study the water\" for another week",
        QuoteKind::Indirect,
        "Lea Moss",
    );
}

#[test]
fn a_name_and_its_role_before_the_verb_are_no_reported_clause() {
    let qs = quotes("Anna Berg, the council leader, wrote to the minister on Monday.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_letter_speaks_for_its_writer_not_its_addressee() {
    has(
        "“It is fully within the ministry’s powers to end these disputes,” Mr Dunne’s \
         letter to Ms Harlow states.",
        "It is fully within the ministry’s powers to end these disputes,",
        QuoteKind::Direct,
        "Dunne",
    );
}

#[test]
fn a_headline_closed_by_a_colon_and_a_name_gives_its_quotes_to_that_name() {
    let body = "Opposition leader Petra Dunmore has attacked Premier Karl Ostby over the \
                harbour referendum.";
    let qs = title_quotes(
        "Ostby 'shifty', 'vague' and 'out of his depth' on harbour vote: Dunmore",
        body,
    );
    for w in ["shifty", "vague", "out of his depth"] {
        assert!(
            qs.iter().any(|(t, k, who)| t == w
                && *k == QuoteKind::Partial
                && who.as_deref() == Some("Petra Dunmore")),
            "{w}: {qs:#?}"
        );
    }
    // the name, then its verb
    has_title_speaker(
        "'Out of his depth': Dunmore attacks Ostby",
        body,
        Some("Out of his depth"),
        "Petra Dunmore",
    );
}

#[test]
fn a_negative_contraction_is_no_name() {
    let a = annotated(
        "Hasn't said a word of the kind: party denies remark",
        "The Unity Party on Saturday denied that its leader had made the remark.",
    );
    assert!(
        a.actors.iter().all(|x| x.name != "Hasn't"),
        "{:#?}",
        a.actors
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.name != "Hasn't")),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn a_verb_joined_inside_a_relative_clause_is_its_subjects() {
    let body = "Party spokesman Tomas Brede was responding to a report last week in which \
                city leader Jan Ostrow accused the party of being “reckless” and said \
                “it is time the party accepts it lost the vote”.\n\n\
                He added: “The voters have spoken and they want change.”";
    has(
        body,
        "it is time the party accepts it lost the vote",
        QuoteKind::Partial,
        "Jan Ostrow",
    );
    // who adds is who spoke last
    has(
        body,
        "The voters have spoken and they want change.",
        QuoteKind::Direct,
        "Jan Ostrow",
    );
}

#[test]
fn a_lawmakers_party_and_state_stand_for_the_name() {
    let body = "Press secretary Dana Pryce on Thursday dismissed reports of tension.\n\n\
                Pryce was also asked about comments made last week by Sen. Hal Dorsey, \
                R-Tenn., who called for the administration to make “sweeping changes” and \
                said the president “has not yet shown the steadiness he needs.”";
    let a = annotated("News of the day", body);
    assert!(
        a.actors.iter().all(|x| x.name != "R-Tenn"),
        "{:#?}",
        a.actors
    );
    has(body, "sweeping changes", QuoteKind::Partial, "Hal Dorsey");
    has(
        body,
        "has not yet shown the steadiness he needs.",
        QuoteKind::Partial,
        "Hal Dorsey",
    );
}

#[test]
fn a_participle_after_a_possessive_or_set_off_after_a_noun_reports_nothing() {
    for body in [
        "Speaker Dalton also reiterated the chamber's continued support to the President.",
        "Labour's proposed harbour fund, announced on Monday, would be seeded with the \
         dividends of state-owned ports.",
        "The new levy, announced by the council on Tuesday, will cost households more.",
    ] {
        let qs = quotes(body);
        assert!(
            qs.iter().all(|(_, k, _)| *k != QuoteKind::Indirect),
            "{body}: {qs:#?}"
        );
    }
    // (a clause does follow: `the firm's auditors failed`)
    has(
        "She admitted the firm's auditors failed to spot the fraud.",
        "the firm's auditors failed to spot the fraud",
        QuoteKind::Indirect,
        "She",
    );
}

#[test]
fn a_plural_possessive_before_a_comma_opens_no_quote() {
    has(
        "The health department said in a statement that the first patient diagnosed with \
         Legionnaires', a severe form of pneumonia, was admitted in April.",
        "the first patient diagnosed with Legionnaires', a severe form of pneumonia, was \
         admitted in April",
        QuoteKind::Indirect,
        "The health department",
    );
}

#[test]
fn reporters_as_the_subject_of_the_reported_clause() {
    has(
        "He suggested reporters were \"lazy\" to expect the costings in advance.",
        "reporters were \"lazy\" to expect the costings in advance",
        QuoteKind::Indirect,
        "He",
    );
}

#[test]
fn disputed_that_reports() {
    has(
        "A palace spokeswoman on Thursday disputed that there was tension between the two \
         men.",
        "there was tension between the two men",
        QuoteKind::Indirect,
        "A palace spokeswoman",
    );
}

#[test]
fn one_of_a_group_after_the_verb_speaks() {
    has(
        "“We want to know where the money went,” shouted one of the students.",
        "We want to know where the money went,",
        QuoteKind::Direct,
        "one of the students",
    );
}

#[test]
fn an_unnamed_speaker_goes_on_in_the_next_paragraph_quote() {
    has(
        "“We want a full account of what took place,” the spokesman said.\n\n\
         “He seems to have been unaware of the pairing. It is hard to take the account at \
         face value.”",
        "He seems to have been unaware of the pairing. It is hard to take the account at \
         face value.",
        QuoteKind::Direct,
        "the spokesman",
    );
}

#[test]
fn a_flag_carrier_named_air_is_a_body_and_the_airline() {
    let body = "Air Canada pilots will picket at YVR, Toronto and Montreal on Friday, the \
                union said.\n\n\
                The airline says there has been significant progress in talks.";
    let a = annotated("Pilots to picket", body);
    assert_eq!(
        kind_of(&a, "Air Canada"),
        Some(saywho::model::ActorKind::Organization),
        "{:#?}",
        a.actors
    );
    has(
        body,
        "there has been significant progress in talks",
        QuoteKind::Indirect,
        "Air Canada",
    );
}

#[test]
fn a_participle_before_its_noun_is_no_cue() {
    // (after a plural possessive: the mark is the possessive's)
    has(
        "Police say the charges stem from an inquiry into the officers’ alleged actions \
         during a 2019 operation.",
        "the charges stem from an inquiry into the officers’ alleged actions during a 2019 \
         operation",
        QuoteKind::Indirect,
        "Police",
    );
    // (after a determiner, in a clause that holds a fragment)
    has(
        "Police said the alleged attacker \"fled on foot\" after the incident.",
        "the alleged attacker \"fled on foot\" after the incident",
        QuoteKind::Indirect,
        "Police",
    );
}

#[test]
fn a_constables_rank_is_no_name_and_no_sentence_end() {
    let body = "The RCMP said in a release that charges were laid against Cpl. Mathieu \
                Poirier, Cst. Eric Pelletier and Cst. Grant Boudreau in provincial court.";
    has(
        body,
        "charges were laid against Cpl. Mathieu Poirier, Cst. Eric Pelletier and Cst. Grant \
         Boudreau in provincial court",
        QuoteKind::Indirect,
        "RCMP",
    );
    let a = annotated("Officers charged", body);
    assert!(a.actors.iter().all(|x| x.name != "Cst"), "{:#?}", a.actors);
}

#[test]
fn a_bodys_short_name_after_or_is_its_alias() {
    let body = "The federation said its members voted to reject an offer from Compania \
                Minera Andina SA, or Compaminas, and were preparing for a strike.\n\n\
                Compaminas said in a statement that output was normal.";
    has(
        body,
        "output was normal",
        QuoteKind::Indirect,
        "Compania Minera Andina SA",
    );
    // (places set side by side are two)
    let a = annotated("News", "Talks may move to Geneva, or Vienna, next month.");
    assert!(
        a.actors.iter().any(|x| x.name == "Vienna"),
        "{:#?}",
        a.actors
    );
}

#[test]
fn a_pronoun_in_the_standfirst_is_the_headlines_person() {
    let a = annotated(
        "Opposition still not ready to govern, says party's Lukas Brenner",
        "He says the opposition should 'just hand over' power in the cities it runs.\n\n\
         Claims by the opposition that the protests were planned are false, the party said.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "just hand over")
        .expect("the fragment");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Lukas Brenner"),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn a_lead_role_is_the_person_the_next_paragraphs_bring_in_and_quote() {
    let body = "A headteacher has praised pupils for overcoming the disruption but described \
                the handling of exams as a \"shambles\".\n\n\
                Ian Wardle from Little Hollins was speaking at the school as pupils opened \
                their results.\n\n\
                Mr Wardle said: \"This year group was hit hard and they have been terrific.\"";
    has(body, "shambles", QuoteKind::Partial, "Ian Wardle");
}

#[test]
fn a_clause_after_as_with_a_cue_of_its_own() {
    // `as` and a subject with a verb of saying: a report of its own
    has(
        "Sentra says its plant in Ipoh will create 2,500 jobs by 2030, as it announced its \
         new warehouse there had broken ground.",
        "its plant in Ipoh will create 2,500 jobs by 2030",
        QuoteKind::Indirect,
        "Sentra",
    );
    // `, as analysts had predicted` after a report is no cue for it
    has(
        "She said prices would rise, as analysts had predicted.",
        "prices would rise",
        QuoteKind::Indirect,
        "She",
    );
}

#[test]
fn acronyms_and_holidays_that_name_nobody_are_no_actors() {
    let a = annotated(
        "Harbour news",
        "GDP grew 2 per cent before Easter, the Valdor Statistics Office said. CCTV \
         footage showed the CEO of Marlow Foods at an AI summit, and GDP is expected to \
         slow, said Anna Berg.",
    );
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    for junk in ["GDP", "Easter", "CCTV", "CEO", "AI"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    assert!(names.contains(&"Anna Berg"), "{names:?}");
    assert!(names.contains(&"Marlow Foods"), "{names:?}");
}

#[test]
fn an_everyday_voice_before_a_name_reads_as_a_title() {
    has(
        "About 150 people waited at the clinic. Villager Nandi Qwabe said she walked \
         more than 20km to get there.",
        "she walked more than 20km to get there",
        QuoteKind::Indirect,
        "Nandi Qwabe",
    );
}

#[test]
fn a_body_named_x_of_a_place_then_a_titled_person_speaks() {
    has(
        "\"We cannot raise fares again,\" said City of Karsk Mayor Dora Lindqvist, who \
         wants the fare cut.",
        "We cannot raise fares again,",
        QuoteKind::Direct,
        "Dora Lindqvist",
    );
}

#[test]
fn a_relative_clause_with_a_cue_inside_reports_what_follows_the_verb() {
    // `, which they say would ...`: no trailing cue for the clause before the comma
    let qs = quotes(
        "Transit staff are proposing a fare rise of 3 per cent, which they say would \
         cost the service 90,000 riders.",
    );
    assert!(
        qs.iter()
            .all(|(t, _, _)| !t.starts_with("Transit staff are proposing")),
        "{qs:#?}"
    );
    assert!(
        qs.iter()
            .any(|(t, k, _)| t == "would cost the service 90,000 riders"
                && *k == QuoteKind::Indirect),
        "{qs:#?}"
    );
    // `a plan that officials say will ...`: `that` is no determiner of the speaker
    has(
        "The mayor backed a plan that officials say will cut costs by half.",
        "will cut costs by half",
        QuoteKind::Indirect,
        "officials",
    );
}

#[test]
fn told_of_a_thing_is_no_report() {
    has(
        "Mr Osei's family was told of the arrest on Friday night and Ms Lind said they \
         are still taking the news \"very hard\".",
        "they are still taking the news \"very hard\"",
        QuoteKind::Indirect,
        "Lind",
    );
}

#[test]
fn a_document_and_the_phrase_on_what_it_is_about_speak_before_the_verb() {
    has(
        "The news release about the charges against the officers says they were \
         suspended with pay.",
        "they were suspended with pay",
        QuoteKind::Indirect,
        "The news release",
    );
    has(
        "A report issued Jan. 5 says the alleged thefts happened during a storm.",
        "the alleged thefts happened during a storm",
        QuoteKind::Indirect,
        "A report",
    );
    // (a body named before `news release` wrote it)
    has(
        "Anna Berg spoke to reporters. An RCMP news release says the alleged thefts \
         happened during a storm.",
        "the alleged thefts happened during a storm",
        QuoteKind::Indirect,
        "RCMP",
    );
}

#[test]
fn find_it_and_an_adjective_is_no_cue_inside_a_clause() {
    has(
        "However, Sgt Pavel Ruud said he would find it \"incredible\" if the officer had \
         given such advice.",
        "he would find it \"incredible\" if the officer had given such advice",
        QuoteKind::Indirect,
        "Pavel Ruud",
    );
}

#[test]
fn conceded_a_noun_with_an_adverb_and_participle_is_no_report() {
    let qs = quotes(
        "Tomas Brandt, who conceded the hotly disputed penalty that led to the winner, \
         said it felt as if the game was decided in advance.",
    );
    assert!(
        qs.iter()
            .all(|(t, _, _)| !t.starts_with("the hotly disputed")),
        "{qs:#?}"
    );
    assert!(
        qs.iter().any(
            |(t, _, w)| t == "it felt as if the game was decided in advance"
                && w.as_deref() == Some("Tomas Brandt")
        ),
        "{qs:#?}"
    );
}

#[test]
fn a_relative_clause_gap_after_a_titled_speaker() {
    has(
        "The side now faces the Irish, who captain Ivo Marek admits will be a \
         different challenge.",
        "will be a different challenge",
        QuoteKind::Indirect,
        "Ivo Marek",
    );
}

#[test]
fn us_who_and_it_in_capitals_are_acronyms_not_pronouns() {
    has(
        "A US official said the talks would resume on Monday.",
        "the talks would resume on Monday",
        QuoteKind::Indirect,
        "A US official",
    );
    has(
        "The IT department said the outage was over.",
        "the outage was over",
        QuoteKind::Indirect,
        "The IT department",
    );
    // (a shouted lead is lowered as usual: `US` among capitals)
    has(
        "She told us the outage was over.",
        "the outage was over",
        QuoteKind::Indirect,
        "She",
    );
}

#[test]
fn the_company_is_the_one_body_named_earlier_in_its_sentence() {
    has(
        "The union said talks had failed. The strike hit plants supplying Marlow \
         Motors' northern works, but the US auto maker said it had enough parts.",
        "it had enough parts",
        QuoteKind::Indirect,
        "Marlow Motors",
    );
}

#[test]
fn a_body_named_in_a_plural_possessive_is_a_body() {
    let a = annotated(
        "Harbour news",
        "The strike hit Marlow Foods' plants in the north.",
    );
    assert_eq!(
        kind_of(&a, "Marlow Foods"),
        Some(saywho::model::ActorKind::Organization),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_plural_in_men_and_a_group_of_them_speak() {
    has(
        "Prices will rise this year, businessmen said on Saturday.",
        "Prices will rise this year",
        QuoteKind::Indirect,
        "businessmen",
    );
    has(
        "Sound fundamentals make the country attractive despite President Ivo Marek's \
         tough talk against critics, a group of businessmen said Saturday.",
        "Sound fundamentals make the country attractive despite President Ivo Marek's \
         tough talk against critics",
        QuoteKind::Indirect,
        "a group of businessmen",
    );
}

#[test]
fn an_amount_with_its_currency_letter_ends_no_sentence() {
    has(
        "The peso dipped on Friday before closing at P47.99, according to the Karsk \
         Dealing System.",
        "The peso dipped on Friday before closing at P47.99",
        QuoteKind::Indirect,
        "Karsk Dealing System",
    );
}

#[test]
fn an_inverted_cue_with_a_role_then_the_name_set_off() {
    has(
        "Public pressure is a threat to listed companies, warns the chief executive of \
         Marlow Foods, Anna Berg.",
        "Public pressure is a threat to listed companies",
        QuoteKind::Indirect,
        "Anna Berg",
    );
}

#[test]
fn a_fronted_participle_of_saying_is_the_subjects_report() {
    has(
        "Stressing that the talks were over, Anna Berg said the union would strike.",
        "the talks were over",
        QuoteKind::Indirect,
        "Anna Berg",
    );
    // (the rest of the sentence is read as usual)
    has(
        "Stressing that the talks were over, Anna Berg said the union would strike.",
        "the union would strike",
        QuoteKind::Indirect,
        "Anna Berg",
    );
    has(
        "Noting that track repairs at the depot are a \"slow process,\" the council \
         leader said, \"Our crews work very hard.\"",
        "track repairs at the depot are a \"slow process,\"",
        QuoteKind::Indirect,
        "the council leader",
    );
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    // (a weather service named without an article is a listed body)
    has(
        "But Ciara Doyle of Met Eireann said today that forecasters had been warning \
         about the rain for days.",
        "forecasters had been warning about the rain for days",
        QuoteKind::Indirect,
        "Ciara Doyle",
    );
    // (a body whose last word says it is one: `Productions`)
    has(
        "Walter Osei of Harbour Lane Productions promised, \"We won't let you down.\"",
        "We won't let you down.",
        QuoteKind::Direct,
        "Walter Osei",
    );
}

#[test]
fn hyphenated_and_irish_titles_are_no_part_of_the_name() {
    for (body, who) in [
        ("Vice-Premier Lin Hao said talks went well.", "Lin Hao"),
        (
            "Attorney-General Ravi Nand said the law was clear.",
            "Ravi Nand",
        ),
        (
            "Ceann Comhairle Nora Quinlan said the House would sit.",
            "Nora Quinlan",
        ),
        (
            "Labour TD Aoife Brennan said the plan had failed.",
            "Aoife Brennan",
        ),
    ] {
        has_indirect_by(body, who);
    }
}

#[test]
fn an_adjective_opening_a_sentence_is_no_actor() {
    let a = annotated(
        "Harbour news",
        "Regional staff are suggesting a fare increase. Municipal officials said the \
         roads were closed. Commanding officer Jan Berg said the base was safe.",
    );
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    for junk in ["Regional", "Municipal", "Commanding"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    assert!(names.contains(&"Jan Berg"), "{names:?}");
    // (a party named by the adjective, as a subject, stays)
    let b = annotated("Harbour news", "National has said the tax would go.");
    assert!(
        b.actors.iter().any(|x| x.name == "National"),
        "{:?}",
        b.actors
    );
}

#[test]
fn claims_as_a_noun_is_no_cue() {
    let qs = quotes(
        "A judge has described as \"extremely serious\" claims that a man was told to \
         plead guilty.",
    );
    assert!(
        qs.iter().all(|(_, k, _)| *k != QuoteKind::Indirect),
        "{qs:#?}"
    );
    let qs = quotes("The minister rejected claims that the plan had failed.");
    assert!(qs.is_empty(), "{qs:#?}");
    // (a possessive before it: the owners made them)
    has(
        "The minister rejected the Tories’ claims that the plan had failed.",
        "the plan had failed",
        QuoteKind::Indirect,
        "Conservative Party",
    );
    has(
        "Anna Berg claims that the plan failed.",
        "the plan failed",
        QuoteKind::Indirect,
        "Anna Berg",
    );
}

#[test]
fn a_listed_body_with_digits_in_its_name_is_an_actor() {
    let a = annotated(
        "Harbour news",
        "Leaders met at the G20 summit in Karsk. COVID-19 cases rose.",
    );
    assert!(
        a.actors
            .iter()
            .any(|x| x.aliases.iter().any(|y| y == "G20")),
        "{:?}",
        a.actors
    );
    assert!(
        a.actors.iter().all(|x| !x.name.contains("COVID")),
        "{:?}",
        a.actors
    );
}

#[test]
fn companies_named_everywhere_are_bodies() {
    let a = annotated(
        "Harbour news",
        "Google said its new centre in Karsk will create 500 jobs. Toyota and Samsung \
         declined to comment.",
    );
    for name in ["Google", "Toyota", "Samsung"] {
        assert_eq!(
            kind_of(&a, name),
            Some(saywho::model::ActorKind::Organization),
            "{name}: {:?}",
            a.actors
        );
    }
}

#[test]
fn a_head_of_governments_office_nobody_holds_is_the_one_person_just_named() {
    has(
        "Anna Varga is under pressure to allow proxy votes for new parents.\n\n\
         The prime minister said today she was looking carefully at the plan.",
        "she was looking carefully at the plan",
        QuoteKind::Indirect,
        "Anna Varga",
    );
    // (two people just named: no guess)
    has(
        "Anna Varga met Peter Brandt on Friday.\n\nThe prime minister said the talks \
         went well.",
        "the talks went well",
        QuoteKind::Indirect,
        "The prime minister",
    );
}

#[test]
fn another_opening_a_sentence_is_one_more_unnamed_voice() {
    has(
        "Another said: \"Nobody told us the storm was coming.\"",
        "Nobody told us the storm was coming.",
        QuoteKind::Direct,
        "Another",
    );
}

#[test]
fn people_met_somewhere_who_said() {
    has(
        "Reporters spoke to residents at the Karsk roundabout who said they were caught \
         off guard.",
        "they were caught off guard",
        QuoteKind::Indirect,
        "residents",
    );
}

#[test]
fn a_court_named_with_its_place_has_heard() {
    let qs = quotes(
        "Karsk’s Northgate crown court has heard the information from the pair resulted \
         in 28 seizures.",
    );
    assert!(
        qs.iter().any(
            |(t, k, w)| t == "the information from the pair resulted in 28 seizures"
                && *k == QuoteKind::Indirect
                && w.is_none()
        ),
        "{qs:#?}"
    );
}

#[test]
fn a_judge_ordered_that() {
    has(
        "However, Mrs Okafor ordered that the defendants should be kept for 30 days.",
        "the defendants should be kept for 30 days",
        QuoteKind::Indirect,
        "Okafor",
    );
    // (an order with an infinitive, or `orders` as a noun, reports nothing)
    for body in [
        "The minister ordered the police to arrest the men.",
        "He wants the court to stop magistrates making orders that remove governors.",
    ] {
        let qs = quotes(body);
        assert!(qs.is_empty(), "{body}: {qs:#?}");
    }
}

#[test]
fn a_towns_own_force_council_or_court() {
    let body = "Harwick police said the suspect, 34, was arrested on Tuesday. Harwick police chief Olen Brask told reporters the case was closed.\n\nThe trial continues at Kellmoor crown court, where prosecutors said the money was never repaid.";
    let a = annotated("Arrests", body);
    use saywho::model::ActorKind::Organization;
    assert_eq!(kind_of(&a, "Harwick police"), Some(Organization));
    assert_eq!(kind_of(&a, "Kellmoor crown court"), Some(Organization));
    // (an office of the force is a person's role, not the force)
    has(
        body,
        "the case was closed",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    // (a person's given name before `police` names no force)
    assert_eq!(
        kind_of(&annotated("T", "Mary police said so."), "Mary police"),
        None
    );
}

#[test]
fn according_to_a_source_an_inner_report_wins() {
    has(
        "According to the Harbour Times, education minister Olen Brask said the schools would be closed on Monday.",
        "the schools would be closed on Monday",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    has(
        "According to two people in the room, Brask told the mayor that the union would not return.",
        "the union would not return",
        QuoteKind::Indirect,
        "Brask",
    );
    // (a clause that reports nobody stays the source's)
    has(
        "According to the ministry, the schools would be closed on Monday.",
        "the schools would be closed on Monday",
        QuoteKind::Indirect,
        "the ministry",
    );
}

#[test]
fn informed_right_after_a_quote_is_inverted() {
    has(
        "“Search is under way for one more still missing,” informed DSP Olen Brask, who is at the site.",
        "Search is under way for one more still missing,",
        QuoteKind::Direct,
        "Olen Brask",
    );
    // (elsewhere the one informed is no speaker)
    has(
        "Mayor Ana Roe informed the council that the road would reopen.",
        "the road would reopen",
        QuoteKind::Indirect,
        "Ana Roe",
    );
}

#[test]
fn a_capitalised_title_of_a_body_or_place_then_the_name() {
    let body = "“The team returned at 2 am,” said Chief District Officer of Harwick, Olen Brask.\n\n“The plant will stay open,” said Chief Executive Officer of Marlow Foods, Ana Roe.";
    has(
        body,
        "The team returned at 2 am,",
        QuoteKind::Direct,
        "Olen Brask",
    );
    has(
        body,
        "The plant will stay open,",
        QuoteKind::Direct,
        "Ana Roe",
    );
    // (the body is the actor, not the title)
    let a = annotated("Plant", body);
    assert_eq!(
        kind_of(&a, "Marlow Foods"),
        Some(saywho::model::ActorKind::Organization)
    );
    assert!(
        a.actors.iter().all(|x| !x.name.starts_with("Chief")),
        "{:?}",
        a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
    );
}

#[test]
fn in_the_words_of_names_whose_words_they_are() {
    has(
        "The premier has explained what happened on “one of the most bizarre days” in the chamber, in the words of Labour leader Olen Brask.",
        "one of the most bizarre days",
        QuoteKind::Partial,
        "Olen Brask",
    );
}

#[test]
fn a_quote_paragraph_after_a_partial_goes_on_with_its_speaker() {
    has(
        "Labour leader Olen Brask spoke in the chamber.\n\nMr Brask said the cabinet “basically went into isolation”.\n\n“I just want to know what happened yesterday.”",
        "I just want to know what happened yesterday.",
        QuoteKind::Direct,
        "Olen Brask",
    );
}

#[test]
fn the_taoiseach_is_a_title() {
    has(
        "Taoiseach Micheál Martin spoke on Tuesday.\n\nThe Taoiseach said: “Everybody acted in good faith.”",
        "Everybody acted in good faith.",
        QuoteKind::Direct,
        "Micheál Martin",
    );
}

#[test]
fn a_group_named_by_a_listed_non_actor_speaks_without_an_actor() {
    let a = annotated(
        "Chaos",
        "The chaos of what some TDs are calling “Shambles Day” deepened on Tuesday.",
    );
    assert!(a.actors.iter().all(|x| x.name != "TDs"), "{:?}", a.actors);
}

#[test]
fn a_second_verb_after_an_apposition_or_a_participle_shares_the_speaker() {
    has(
        "Senate President Olen Brask, an administration ally, said he was \"inclined to agree\" and reminded the union that the country is a \"sovereign state.\"",
        "the country is a \"sovereign state.\"",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    has(
        "The decision was met with outbursts from the gallery, with one resident saying she was “disgusted” with the decision and saying the mayor was “gone at the next election”.",
        "the mayor was “gone at the next election”",
        QuoteKind::Indirect,
        "one resident",
    );
}

#[test]
fn hinted_with_a_bare_clause_reports_it() {
    has(
        "Mr Brask hinted list candidate Ana Roe could lose support if she attacks the party on the campaign.",
        "list candidate Ana Roe could lose support if she attacks the party on the campaign",
        QuoteKind::Indirect,
        "Brask",
    );
}

#[test]
fn a_statement_signed_by_a_name_left_open_and_its_text() {
    let body = "A statement issued in Harwick by the Police Public Relations Officer, Olen Brask said the command swung into action immediately.\n\nThe statements read ‘’The Command arrested nine (9) suspects within a day.’’";
    has(
        body,
        "the command swung into action immediately",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    // (a left and a right single mark together are a double mark; the statement's
    // whole sentence is a direct quote by whoever issued it)
    has(
        body,
        "The Command arrested nine (9) suspects within a day.",
        QuoteKind::Direct,
        "Olen Brask",
    );
}

#[test]
fn a_whole_sentence_right_after_said_is_direct() {
    has(
        "Ana Roe said “We will win the seat back in December.”",
        "We will win the seat back in December.",
        QuoteKind::Direct,
        "Ana Roe",
    );
}

#[test]
fn a_fragment_after_adding_that_is_partial_inside_the_clause() {
    let body = "“Our gauges recorded small waves,” monitor Olen Brask said, adding that the highest was in Harwick, “measuring 80 centimeters”.";
    has(
        body,
        "the highest was in Harwick, “measuring 80 centimeters”",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    has(
        body,
        "measuring 80 centimeters",
        QuoteKind::Partial,
        "Olen Brask",
    );
}

#[test]
fn a_closing_cue_after_at_least_or_with_a_hearer_and_a_time() {
    has(
        "At least three people died, Olen Brask said.",
        "At least three people died",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    let body = "At least three waves hit the coast after the quake, agency monitor Olen Brask told reporters before the warning was lifted.";
    has(
        body,
        "At least three waves hit the coast after the quake",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    // (what follows `before` is no reported clause)
    assert!(
        quotes(body).iter().all(|q| q.0 != "the warning was lifted"),
        "{:?}",
        quotes(body)
    );
}

#[test]
fn bare_police_is_the_one_force_quoted_elsewhere() {
    has(
        "Search is still on for one more missing, said police.\n\nAccording to Harwick police, three bodies were recovered on Saturday night.\n\nTeams from the National Police and the Armed Police Force joined the search.",
        "Search is still on for one more missing",
        QuoteKind::Indirect,
        "Harwick police",
    );
}

#[test]
fn took_to_twitter_to_say_reports_the_subject() {
    has(
        "Ana Roe took to Twitter to say the decision was wrong.",
        "the decision was wrong",
        QuoteKind::Indirect,
        "Ana Roe",
    );
    has(
        "He was endorsed by Senator Olen Brask, who came on to the stage to say he was “impressed” with the plan.",
        "he was “impressed” with the plan",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    // (a habit or a refusal reports nothing)
    assert!(quotes("He used to say the river was clean.").is_empty());
    assert!(quotes("She declined to say whether the plant would close.").is_empty());
}

#[test]
fn claims_by_someone_that_report_the_clause() {
    has(
        "The union denied claims by Olen Brask that its members stormed his office.",
        "its members stormed his office",
        QuoteKind::Indirect,
        "Olen Brask",
    );
    has(
        "The ministry rejected suggestions from the union that the plan was rushed.",
        "the plan was rushed",
        QuoteKind::Indirect,
        "the union",
    );
    // (no `that` clause of what was said: nothing)
    assert!(quotes("The claims of fraud that surfaced last year were dismissed.").is_empty());
}

#[test]
fn don_is_a_given_name() {
    let a = annotated(
        "Shooting",
        "Constable Joe Smyth fatally shot Don Dunphy in April 2015.",
    );
    assert_eq!(
        kind_of(&a, "Don Dunphy"),
        Some(saywho::model::ActorKind::Person),
        "{:?}",
        a.actors
    );
}

#[test]
fn places_and_bodies_inside_hyphenated_words() {
    let body = "The Saudi-led coalition said on Monday it had intercepted a drone.\n\nThe India-Pakistan border was calm, and a UN-backed panel met in a Kenya-based charity's office.";
    let a = annotated("Border", body);
    use saywho::model::ActorKind::{Organization, Place};
    for (name, kind) in [
        ("Saudi Arabia", Place),
        ("India", Place),
        ("Pakistan", Place),
        ("United Nations", Organization),
        ("Kenya", Place),
    ] {
        assert_eq!(kind_of(&a, name), Some(kind), "{name}: {:?}", a.actors);
    }
    // (each mention is the name's own letters inside the word)
    let text = a.text.clone();
    let india = a.actors.iter().find(|x| x.name == "India").unwrap();
    let [s, e] = india.mentions[0];
    assert_eq!(
        text.chars().skip(s).take(e - s).collect::<String>(),
        "India"
    );
    // (the compound stays the speaker's own noun phrase)
    has(
        body,
        "it had intercepted a drone",
        QuoteKind::Indirect,
        "The Saudi-led coalition",
    );
}

#[test]
fn a_quote_paragraph_ending_on_a_comma_goes_to_the_next_speaker() {
    has(
        "Doctors at the clinic turned the woman away on Monday.\n\n“Already, we had two other patients and there was no space for her,”\n\nSuperintendent Olen Brask said doctors isolated the patient.",
        "Already, we had two other patients and there was no space for her,",
        QuoteKind::Direct,
        "Olen Brask",
    );
}

#[test]
fn issued_a_statement_that_reports_the_issuer() {
    has(
        "The council issued a statement on Sunday, November 5 that the plan was dead.",
        "the plan was dead",
        QuoteKind::Indirect,
        "The council",
    );
    // (a relative clause is no report)
    assert!(quotes("The ministry issued a statement that was later withdrawn.").is_empty());
}

#[test]
fn an_indefinite_role_with_a_place_is_the_person_the_next_paragraph_brings_in() {
    has(
        "Roads Service should give “proper and sufficient” notice about road closures, a Harwick councillor has said.\n\nGreen Party’s Olen Brask made the call after residents contacted him about the closure.\n\nThe road is to be closed for eight days.\n\nCllr Brask claimed this would cause a “significant amount of disruption” to the village.",
        "Roads Service should give “proper and sufficient” notice about road closures",
        QuoteKind::Indirect,
        "Olen Brask",
    );
}
