# Typed application settings and what the window and the CLI resolve alike (Qt Core only).
target_sources(kasircore PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
    settings/RuntimeConfig.cpp settings/RuntimeConfig.h
)
