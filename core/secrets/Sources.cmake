# core/secrets: the API key store interface and its 0600-file implementation (paths relative
# to core/). The keychain implementation lives in keychain/, a library of its own.
target_sources(kasircore PRIVATE
    secrets/ApiKeyStore.cpp secrets/ApiKeyStore.h
    secrets/FileKeyStore.cpp secrets/FileKeyStore.h
)
