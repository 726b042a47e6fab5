//! Annotations that came with an article (saywho JSON, brat): actor ids are recomputed
//! from canonical names and actors with the same id merged, so ids stay stable across a
//! corpus whatever tool wrote them.

use crate::annotate::actors::actor_id;
use crate::model::{Actor, Annotated};

/// Stable ids, merged duplicates, speaker references and quote counts brought in line.
pub fn normalize(mut a: Annotated) -> Annotated {
    let mut out: Vec<Actor> = Vec::new();
    let mut remap: Vec<(String, String)> = Vec::new();
    for act in std::mem::take(&mut a.actors) {
        let id = actor_id(&act.name);
        remap.push((act.id.clone(), id.clone()));
        if let Some(e) = out.iter_mut().find(|x| x.id == id) {
            for al in act.aliases {
                if !e.aliases.contains(&al) && al != e.name {
                    e.aliases.push(al);
                }
            }
            if act.name != e.name && !e.aliases.contains(&act.name) {
                e.aliases.push(act.name.clone());
            }
            for r in act.roles {
                if !e.roles.contains(&r) {
                    e.roles.push(r);
                }
            }
            e.mentions.extend(act.mentions);
            e.mentions.sort();
            e.mentions.dedup();
            continue;
        }
        out.push(Actor { id, ..act });
    }
    for q in &mut a.quotes {
        if let Some(sp) = &mut q.speaker
            && let Some(old) = &sp.actor
        {
            sp.actor = remap.iter().find(|(o, _)| o == old).map(|(_, n)| n.clone());
        }
    }
    for act in &mut out {
        act.quote_count = a
            .quotes
            .iter()
            .filter(|q| q.speaker.as_ref().and_then(|s| s.actor.as_ref()) == Some(&act.id))
            .count();
    }
    a.actors = out;
    a
}
