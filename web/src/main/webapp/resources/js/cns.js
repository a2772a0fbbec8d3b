/*
 * Loaded (deferred) before the Bootstrap Italia bundle. The bundle includes video.js, which would
 * otherwise inject a <style> element at load time; the pages' Content-Security-Policy allows no
 * inline styles, and these pages have no video player.
 */
window.VIDEOJS_NO_DYNAMIC_STYLE = true;

/*
 * After a refused submit the page comes back with an error summary (#problem, role="alert") or
 * with fields marked aria-invalid: the focus goes to the summary, else to the first invalid field,
 * so that keyboard and screen-reader users land on what to correct (WCAG 3.3.1, issue #16).
 */
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('problem');
  var target = summary || document.querySelector('[aria-invalid="true"]');
  if (!target) {
    return;
  }
  if (target === summary) {
    summary.setAttribute('tabindex', '-1');
  } else if (!target.matches('input, select, textarea, button')) {
    // A group (radio buttons, checkboxes) marked invalid: its first control.
    target = target.querySelector('input, select, textarea') || target;
  }
  target.focus();
});
