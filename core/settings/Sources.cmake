# target_sources(kasircore PRIVATE ...) for core/settings
