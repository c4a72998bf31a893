# hashlib: md5, sha1, sha256 and sha512 hexdigest and digest, update in pieces, copy
import hashlib

message = "The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha256", "sha512"]:
    digest = hashlib.new(name, message.encode()).hexdigest()
    print(f"{name:>6} {digest}")
print(hashlib.md5(b"").hexdigest())
print(hashlib.sha256(b"abc").digest()[:8], len(hashlib.sha256(b"abc").digest()))
h = hashlib.sha256()
h.update(b"hello ")
snapshot = h.copy()
h.update(b"world")
print(h.hexdigest())
print(snapshot.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.sha512().digest_size)
print(hashlib.md5("naïve café".encode("utf-8")).hexdigest())
print(hashlib.sha1(b"a" * 1000).hexdigest())
for bad in ["text", 42]:
    try:
        hashlib.md5(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    hashlib.new("whirlpool-9")
except ValueError as error:
    print("ValueError:", error)
