# hashing data in chunks with update() gives the same digest as hashing it at once
import hashlib

data = ("line %d\n" * 50 % tuple(range(50))).encode()
whole = hashlib.sha256(data).hexdigest()
running = hashlib.sha256()
for start in range(0, len(data), 64):
    running.update(data[start:start + 64])
print(whole == running.hexdigest(), whole[:16])
checks = {name: hashlib.new(name, b"abc").hexdigest()[:12] for name in ["md5", "sha1", "sha256"]}
print(checks)
print(hashlib.md5(b"abc").digest().hex() == hashlib.md5(b"abc").hexdigest())
