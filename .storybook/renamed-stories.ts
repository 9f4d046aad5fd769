/**
 * Links of earlier review rounds keep working. The elements' stories were first filed under their tags
 * (`Elements/lp-values-acronym`); now they carry the names reviewers use (`Elements/Values (SCHOTEN)`),
 * and Storybook derives a story's id from that name. These are the old ids' beginnings and the new ones;
 * the stories within kept their ids' endings.
 */
export const renamedIds: Record<string, string> = {
  'elements-lp-mission-vision-values--': 'elements-whole-page--',
  'elements-lp-mission--': 'elements-mission--',
  'elements-lp-vision-list--': 'elements-vision--',
  'elements-lp-values-acronym--': 'elements-values-schoten--',
};

/**
 * A script for the head of the manager (`?path=/story/<id>`) and of the preview (`iframe.html?id=<id>`):
 * it rewrites an old id in the address before Storybook reads it, so a shared link opens the story it
 * showed, with its settings, and the address bar shows the new id.
 */
export const redirectScript = `<script>
  (function (renamed) {
    var search = location.search;
    for (var old in renamed) {
      var at = new RegExp('([?&](?:path|id)=(?:[^&]*?(?:/|%2F))?)' + old);
      if (at.test(search)) {
        history.replaceState(history.state, '', location.pathname + search.replace(at, '$1' + renamed[old]) + location.hash);
        return;
      }
    }
  })(${JSON.stringify(renamedIds)});
</script>`;
