//! The heap view of an instance of a class with `__slots__`: its slot values are drawn
//! as its attributes, as a `__dict__`'s entries are, beside any `__dict__` it also has.

use cellscope::session::snapshot::HeapObject;
use cellscope::session::{Session, SessionOptions};

fn recorded(source: &str) -> Session {
    let mut session = Session::new(source, SessionOptions::default()).expect("program compiles");
    while !session.run(1_000) {}
    session
}

/// The attribute names and value reprs of every instance of `class_name` in the
/// snapshot of the last step.
fn instance_attrs(session: &Session, class_name: &str) -> Vec<Vec<(String, String)>> {
    let last = session
        .snapshot(session.step_count() - 1)
        .expect("the last step has a snapshot");
    last.heap
        .values()
        .filter_map(|object| match object {
            HeapObject::Instance {
                class_name: name,
                attrs,
                ..
            } if name == class_name => Some(
                attrs
                    .iter()
                    .map(|binding| {
                        let value = serde_json::to_value(&binding.value).unwrap_or_default();
                        let repr = value["repr"].as_str().unwrap_or_default().to_string();
                        (binding.name.clone(), repr)
                    })
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|&(name, repr)| (name.to_string(), repr.to_string()))
        .collect()
}

#[test]
fn a_slotted_instance_shows_its_set_slots_as_attributes() {
    let source = "class Point:\n    __slots__ = ('y', 'x', 'unset')\n\np = Point()\np.x = 1\np.y = 2\nprint(p.x)\n";
    let session = recorded(source);
    assert_eq!(
        instance_attrs(&session, "Point"),
        vec![pairs(&[("x", "1"), ("y", "2")])],
        "slots in layout order (sorted, as CPython lays them out); unset ones are absent"
    );
}

#[test]
fn inherited_slots_come_first_and_a_dict_follows_them() {
    let source = "class Base:\n    __slots__ = ('a',)\n\nclass Child(Base):\n    pass\n\nc = Child()\nc.extra = 'e'\nc.a = 3\nprint(c.a)\n";
    let session = recorded(source);
    assert_eq!(
        instance_attrs(&session, "Child"),
        vec![pairs(&[("a", "3"), ("extra", "'e'")])]
    );
}
