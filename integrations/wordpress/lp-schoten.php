<?php
/**
 * Plugin Name: Lokale Politie Schoten: mission, vision and values
 * Description: The mission, vision and values of Lokale Politie Schoten, as the zone publishes them, in Dutch, French, German or English: a block and the [lp-schoten] shortcode.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * Text Domain: lp-schoten
 * Domain Path: /languages
 *
 * The text and its markup come from the build (snippets/): this file chooses one and prints it, and
 * serves the element's script from the site itself.
 */

defined( 'ABSPATH' ) || exit;

const LP_SCHOTEN_VERSION = '0.1.0';

add_action( 'init', 'lp_schoten_register' );

function lp_schoten_register() {
	load_plugin_textdomain( 'lp-schoten', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	// The element's script, once per page however many elements it has; its language chunks load from beside it.
	wp_register_script( 'lp-schoten', plugins_url( 'script/lp-schoten.js', __FILE__ ), array(), LP_SCHOTEN_VERSION, true );
	wp_register_script(
		'lp-schoten-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'lp-schoten', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
		LP_SCHOTEN_VERSION,
		true
	);
	wp_set_script_translations( 'lp-schoten-editor', 'lp-schoten', __DIR__ . '/languages' );
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'lp-schoten', 'lp_schoten_shortcode' );
}

// WordPress 6.1 has no API for module scripts: the element's script is one.
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'lp-schoten' === $handle ? preg_replace( '/<script( type=([\'"])text\/javascript\2)?/', '<script type="module"', $tag, 1 ) : $tag;
	},
	10,
	2
);

// A snippet pasted as HTML (a Custom HTML block, a widget) comes alive too: the page gets the script.
foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $hook ) {
	add_filter( $hook, 'lp_schoten_script_for_pasted_elements', 20 );
}

function lp_schoten_script_for_pasted_elements( $html ) {
	foreach ( lp_schoten_choices()['element'] as $tag ) {
		if ( false !== strpos( $html, "<$tag" ) ) {
			wp_enqueue_script( 'lp-schoten' );
		}
	}
	return $html;
}

/** The values each setting accepts, as the build wrote them. */
function lp_schoten_choices() {
	static $choices = null;
	return $choices ?? ( $choices = json_decode( file_get_contents( __DIR__ . '/snippets/choices.json' ), true ) );
}

/** `[lp-schoten element="lp-vision-list" lang="de" variant="card" heading-level="3" hide-heading]` */
function lp_schoten_shortcode( $atts ) {
	$atts     = (array) $atts;
	$settings = array();
	foreach ( array( 'element', 'lang', 'variant', 'layout' ) as $name ) {
		if ( isset( $atts[ $name ] ) ) {
			$settings[ $name ] = $atts[ $name ];
		}
	}
	if ( isset( $atts['heading-level'] ) ) {
		$settings['headingLevel'] = $atts['heading-level'];
	}
	if ( in_array( 'hide-heading', $atts, true ) ) {
		$settings['hideHeading'] = true;
	} elseif ( isset( $atts['hide-heading'] ) ) {
		$flags                   = array( 'true' => true, '1' => true, 'yes' => true, 'false' => false, '0' => false, 'no' => false );
		$settings['hideHeading'] = $flags[ strtolower( $atts['hide-heading'] ) ] ?? $atts['hide-heading'];
	}
	return lp_schoten_render( $settings );
}

/**
 * The prerendered element for `$settings` (the block's attributes), and its script on the page. A
 * value it does not have falls back to the block's default, with a note for those who can edit.
 */
function lp_schoten_render( array $settings ) {
	$defaults = WP_Block_Type_Registry::get_instance()->get_registered( 'lp-schoten/embed' )->attributes;
	$choices  = lp_schoten_choices() + array( 'hideHeading' => array( false, true ) );
	$chosen   = array();
	$notes    = array();
	foreach ( $choices as $name => $accepted ) {
		$value = $settings[ $name ] ?? $defaults[ $name ]['default'];
		// A level arrives as text from a shortcode and as 2.0 from the editor's preview (REST makes numbers floats).
		if ( 'headingLevel' === $name && is_numeric( $value ) && floor( $value ) == $value ) {
			$value = (int) $value;
		}
		if ( ! in_array( $value, $accepted, true ) ) {
			/* translators: 1: a setting's name, 2: the value given, 3: the values it accepts, 4: the value used instead */
			$notes[] = sprintf( __( '%1$s "%2$s" is not one of %3$s; showing %4$s.', 'lp-schoten' ), $name, is_scalar( $value ) ? $value : gettype( $value ), implode( ', ', array_map( 'wp_json_encode', $accepted ) ), wp_json_encode( $defaults[ $name ]['default'] ) );
			$value   = $defaults[ $name ]['default'];
		}
		$chosen[ $name ] = $value;
	}

	// No language chosen: the site's, and the element follows the page's language once its script runs.
	$language = $chosen['lang'];
	if ( '' === $language ) {
		$site     = strtolower( strtok( get_locale(), '_-' ) );
		$language = 'page-' . ( in_array( $site, $choices['lang'], true ) && '' !== $site ? $site : 'nl' );
	}
	$layout   = 'lp-values-acronym' === $chosen['element'] ? $chosen['layout'] : '';
	$key      = implode( '|', array( $chosen['variant'], $layout, $chosen['headingLevel'], $chosen['hideHeading'] ? 1 : 0 ) );
	$file     = __DIR__ . "/snippets/{$chosen['element']}.{$language}.json";
	// Read once per request, however many blocks ask for the same element and language.
	static $snippets = array();
	$snippets[ $file ] = $snippets[ $file ] ?? json_decode( file_get_contents( $file ), true );

	wp_enqueue_script( 'lp-schoten' );
	$note = $notes && current_user_can( 'edit_posts' )
		? '<p class="lp-schoten-note" role="note"><strong>' . esc_html__( 'Lokale Politie Schoten block (only people who can edit see this):', 'lp-schoten' ) . '</strong> ' . esc_html( implode( ' ', $notes ) ) . '</p>'
		: '';
	return $note . $snippets[ $file ][ $key ];
}
