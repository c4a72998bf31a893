//! PEP 604 unions: `int | None` makes a `types.UnionType` whose `__args__` are the
//! members, flattened and without repeats, and which `isinstance` and `issubclass`
//! accept like a tuple of types. It prints as CPython prints it: `int | None`.

use super::exception::Exception;
use super::native::{KwArgs, NativeFn};
use super::object::Object;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

const UNION_METHODS: [(&str, NativeFn); 4] = [
    ("__repr__", union_repr),
    ("__or__", union_or),
    ("__ror__", union_ror),
    ("__eq__", union_eq),
];

impl Vm {
    /// `a | b` when both sides are types (or None, or unions, or `list[int]`-style
    /// aliases): the union; `None` when `|` means something else for them.
    pub fn type_union(&mut self, a: Value, b: Value) -> Result<Option<Value>, Exception> {
        if !self.joins_unions(a) || !self.joins_unions(b) {
            return Ok(None);
        }
        let mut members = Vec::new();
        for side in [a, b] {
            for member in self.union_members(side).unwrap_or_else(|| vec![side]) {
                let member = if member.is_none() {
                    self.type_value(TypeId::NoneType)
                } else {
                    member
                };
                if !members.contains(&member) {
                    members.push(member);
                }
            }
        }
        // A union of one type is that type: `int | int` is `int`.
        if let [only] = members[..] {
            return Ok(Some(only));
        }
        let class = self.union_class()?;
        let Some(class_ref) = class.as_obj() else {
            return Ok(None);
        };
        let union = self.new_instance(class_ref, &[]);
        let args = self.new_tuple(members);
        if let Some(dict) = self.instance_dict(union) {
            self.dict_set_str(dict, "__args__", args);
        }
        Ok(Some(union))
    }

    /// The members of a union, or `None` for anything else.
    pub fn union_members(&self, value: Value) -> Option<Vec<Value>> {
        let Some(Object::Instance(instance)) = value.as_obj().map(|r| self.heap.get(r)) else {
            return None;
        };
        let class = self.union_class_if_made()?;
        if Value::Obj(instance.class) != class {
            return None;
        }
        let hash = super::hashing::hash_str("__args__");
        let args = self.dict_get_str(instance.dict, "__args__", hash)?;
        Some(self.sequence_items(args))
    }

    /// Whether `value` may stand on either side of a type union.
    fn joins_unions(&self, value: Value) -> bool {
        if value.is_none() || self.is_class(value) || self.union_members(value).is_some() {
            return true;
        }
        let Some(Object::Instance(instance)) = value.as_obj().map(|r| self.heap.get(r)) else {
            return false;
        };
        matches!(
            self.heap.get(instance.class),
            Object::Class(c) if matches!(&*c.name, "_GenericAlias" | "GenericAlias")
        )
    }

    fn union_class_if_made(&self) -> Option<Value> {
        self.lazy_classes
            .iter()
            .find(|(name, _)| *name == "types.UnionType")
            .map(|&(_, class)| class)
    }

    /// `types.UnionType`, made the first time a union is.
    fn union_class(&mut self) -> Result<Value, Exception> {
        if let Some(class) = self.union_class_if_made() {
            return Ok(class);
        }
        let Some(namespace) = self.new_dict().as_obj() else {
            return Ok(Value::None);
        };
        let module = self.new_str("types");
        self.dict_set_str(namespace, "__module__", module);
        for (name, func) in UNION_METHODS {
            let method = self.new_native(name, func, Some(TypeId::Object));
            self.dict_set_str(namespace, name, method);
        }
        let class = self.create_class("UnionType".into(), Vec::new(), namespace)?;
        self.lazy_classes.push(("types.UnionType", class));
        Ok(class)
    }

    /// How a union shows a member: `None`, a built-in type by name, a class as
    /// `module.qualname`, an alias by its repr.
    fn union_member_text(&mut self, member: Value) -> Result<String, Exception> {
        match member.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Type(TypeId::NoneType)) => Ok("None".to_string()),
            Some(Object::Type(ty)) => Ok(ty.name().to_string()),
            Some(Object::Class(class)) => {
                let (qualname, module) = (class.qualname.clone(), class.module);
                let module = self.to_str(module)?;
                if module == "builtins" {
                    return Ok(qualname.to_string());
                }
                Ok(format!("{module}.{qualname}"))
            }
            _ => self.repr(member),
        }
    }
}

fn receiver_members(vm: &mut Vm, args: &[Value]) -> Result<(Value, Vec<Value>), Exception> {
    let this = args.first().copied().unwrap_or_default();
    match vm.union_members(this) {
        Some(members) => Ok((this, members)),
        None => Err(vm.type_error("descriptor requires a 'types.UnionType' object")),
    }
}

fn union_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (_, members) = receiver_members(vm, args)?;
    let mut parts = Vec::with_capacity(members.len());
    for member in members {
        parts.push(vm.union_member_text(member)?);
    }
    Ok(vm.new_str(&parts.join(" | ")))
}

fn union_or(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (this, _) = receiver_members(vm, args)?;
    let other = args.get(1).copied().unwrap_or_default();
    let union = vm.type_union(this, other)?;
    Ok(union.unwrap_or_else(|| vm.type_value(TypeId::NotImplementedType)))
}

fn union_ror(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (this, _) = receiver_members(vm, args)?;
    let other = args.get(1).copied().unwrap_or_default();
    let union = vm.type_union(other, this)?;
    Ok(union.unwrap_or_else(|| vm.type_value(TypeId::NotImplementedType)))
}

/// Two unions are equal when they have the same members, in any order.
fn union_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let (_, members) = receiver_members(vm, args)?;
    let other = args.get(1).copied().unwrap_or_default();
    let Some(others) = vm.union_members(other) else {
        return Ok(vm.type_value(TypeId::NotImplementedType));
    };
    let same = members.len() == others.len() && members.iter().all(|m| others.contains(m));
    Ok(Value::Bool(same))
}
