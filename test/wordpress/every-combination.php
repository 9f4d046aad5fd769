<?php
/**
 * Every combination of settings the block and the shortcode can ask for, through WordPress's own content
 * filters (the_content: do_blocks, wpautop, wptexturize, convert_smilies, do_shortcode, ...), as a
 * visitor's page gets it: each must come out as exactly the snippet the build rendered for it. Run from
 * PHP's command line inside the test's WordPress; prints how many were checked and which came out
 * different, as JSON.
 */

$_SERVER['HTTP_HOST'] = getenv( 'LP_SITE_HOST' );
require '/usr/share/wordpress/wp-load.php';

$plugin  = WP_PLUGIN_DIR . '/lp-schoten';
$choices = json_decode( file_get_contents( "$plugin/snippets/choices.json" ), true );
$checked = 0;
$changed = array();
foreach ( $choices['element'] as $element ) {
	foreach ( $choices['lang'] as $lang ) {
		// No language: the site's, which is Dutch here.
		$file = '' === $lang ? 'page-nl' : $lang;
		foreach ( json_decode( file_get_contents( "$plugin/snippets/$element.$file.json" ), true ) as $key => $snippet ) {
			list( $variant, $layout, $level, $hide ) = explode( '|', $key );
			$block     = array_filter( compact( 'element', 'lang', 'variant', 'layout' ) ) + array(
				'headingLevel' => (int) $level,
				'hideHeading'  => (bool) $hide,
			);
			$shortcode = sprintf( '[lp-schoten element="%s" lang="%s" variant="%s"%s heading-level="%d"%s]', $element, $lang, $variant, $layout ? " layout=\"$layout\"" : '', $level, $hide ? ' hide-heading' : '' );
			foreach ( array(
				'block'     => '<!-- wp:lp-schoten/embed ' . wp_json_encode( $block ) . ' /-->',
				'shortcode' => "Klassieke inhoud.\n\n$shortcode\n\nNog een alinea.",
			) as $way => $content ) {
				$checked++;
				if ( false === strpos( apply_filters( 'the_content', $content ), $snippet ) ) {
					$changed[] = "$way $element $lang $key";
				}
			}
		}
	}
}
echo wp_json_encode( compact( 'checked', 'changed' ) );
