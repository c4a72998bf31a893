# deepcopy of an object graph: shared references and cycles survive, copies are independent
import copy


class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []

    def befriend(self, other):
        self.friends.append(other)
        other.friends.append(self)


ann, bob, cy = Person("ann"), Person("bob"), Person("cy")
ann.befriend(bob)
bob.befriend(cy)
group = [ann, bob, cy]
clone = copy.deepcopy(group)
print([p.name for p in clone], [len(p.friends) for p in clone])
print(clone[0].friends[0] is clone[1], clone[0] is not ann, clone[1].friends[0] is clone[0])
clone[0].name = "ANN"
print(ann.name, clone[1].friends[0].name)
flat = copy.copy(group)
print(flat[0] is ann, flat is not group)
