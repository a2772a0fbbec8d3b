/*
 * Loaded (deferred) before the Bootstrap Italia bundle. The bundle includes video.js, which would
 * otherwise inject a <style> element at load time; the pages' Content-Security-Policy allows no
 * inline styles, and these pages have no video player.
 */
window.VIDEOJS_NO_DYNAMIC_STYLE = true;
