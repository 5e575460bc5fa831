# Typed application settings (Qt Core only).
target_sources(kasircore PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
)
