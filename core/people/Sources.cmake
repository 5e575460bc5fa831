# core/people: users, PIN hashes, lockout, role checks and the audit trail (paths relative to core/).
target_sources(kasircore PRIVATE
    people/AccessPolicy.cpp people/AccessPolicy.h
    people/AuditTrail.cpp people/AuditTrail.h
    people/PinCheck.h
    people/PinHasher.cpp people/PinHasher.h
    people/User.cpp people/User.h
    people/UserDirectory.cpp people/UserDirectory.h
)
