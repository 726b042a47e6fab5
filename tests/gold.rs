//! The annotator scored against the hand-made gold in tests/gold/.
//!
//! The targets: quote F1 0.95, speaker accuracy 0.95 on matched quotes, actor recall
//! 0.95. The printed table shows where the misses are (`saywho eval -v tests/gold` lists
//! each one).

#[test]
fn annotator_meets_the_gold_floors() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let (per, total) = saywho::eval::run(&dir).expect("gold loads");
    println!("{}", saywho::eval::table(&per, &total, false));
    assert!(per.len() >= 25, "gold covers only {} articles", per.len());
    assert!(total.gold_quotes >= 300);
    let f1 = total.f1();
    let sp = total.speaker_accuracy();
    let ar = total.actor_recall();
    assert!(f1 >= F1_FLOOR, "quote F1 {f1:.3} < {F1_FLOOR}");
    assert!(
        sp >= SPEAKER_FLOOR,
        "speaker accuracy {sp:.3} < {SPEAKER_FLOOR}"
    );
    assert!(ar >= ACTOR_FLOOR, "actor recall {ar:.3} < {ACTOR_FLOOR}");
}

const F1_FLOOR: f64 = 0.95;
const SPEAKER_FLOOR: f64 = 0.95;
const ACTOR_FLOOR: f64 = 0.95;
