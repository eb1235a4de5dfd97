// Symbol visibility for the claimx library.
//
// The library is built with -fvisibility=hidden; only declarations marked
// CLAIMX_EXPORT are part of the shared object's ABI. Static builds define
// CLAIMX_STATIC_DEFINE (the CMake target does this for consumers).
#ifndef CLAIMX_EXPORT_H_
#define CLAIMX_EXPORT_H_

#if defined(CLAIMX_STATIC_DEFINE)
#define CLAIMX_EXPORT
#elif defined(_WIN32)
#ifdef CLAIMX_BUILDING_LIBRARY
#define CLAIMX_EXPORT __declspec(dllexport)
#else
#define CLAIMX_EXPORT __declspec(dllimport)
#endif
#else
#define CLAIMX_EXPORT __attribute__((visibility("default")))
#endif

#endif  // CLAIMX_EXPORT_H_
